package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** What the complainant said about the result: satisfied closes, not satisfied reopens. */
public record ConfirmWithComplainant(@TargetAggregateIdentifier ComplaintId complaintId,
                                     @TargetAggregateVersion Long expectedVersion, boolean satisfied,
                                     String comment, Instant at, StaffId by) {
}
