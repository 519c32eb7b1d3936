package com.propcare.command.visit;

import com.propcare.events.StaffId;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Agree a time with the household, at which {@code with} will visit by {@code method}. */
public record AppointVisit(@TargetAggregateIdentifier VisitId visitId, @TargetAggregateVersion Long expectedVersion,
                           Instant appointedFor, VisitMethod method, StaffId with, Instant at, StaffId by) {
}
