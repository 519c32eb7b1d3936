package com.propcare.command.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.visit.MassMoveInId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Declare that a new community's mass move-in runs from {@code from} to {@code to}, both inclusive. */
public record DeclareMassMoveIn(@TargetAggregateIdentifier MassMoveInId massMoveInId, OfficeId officeId,
                                LocalDate from, LocalDate to, Instant at, StaffId by) {
}
