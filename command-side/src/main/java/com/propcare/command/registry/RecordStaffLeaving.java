package com.propcare.command.registry;

import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/** A member of staff left the office. */
public record RecordStaffLeaving(@TargetAggregateIdentifier StaffId staffId,
                                 @TargetAggregateVersion Long expectedVersion, LocalDate leftOn, Instant at,
                                 StaffId by) {
}
