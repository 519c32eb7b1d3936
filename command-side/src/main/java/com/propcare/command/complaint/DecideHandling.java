package com.propcare.command.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The office director decides the handling method and the responsible department. */
public record DecideHandling(@TargetAggregateIdentifier ComplaintId complaintId,
                             @TargetAggregateVersion Long expectedVersion, DepartmentId department,
                             String handlingMethod, Instant at, StaffId by) {
}
