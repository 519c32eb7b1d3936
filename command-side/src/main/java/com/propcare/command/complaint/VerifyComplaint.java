package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Customer service verified the complaint on the day of intake and proposes handling. */
public record VerifyComplaint(@TargetAggregateIdentifier ComplaintId complaintId,
                              @TargetAggregateVersion Long expectedVersion, String findings,
                              String proposedHandling, Instant at, StaffId by) {
}
