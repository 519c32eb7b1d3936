package com.propcare.command.complaint;

import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The complainant asks for a review (复核) of the reported result, also after a closing as satisfied. */
public record RequestReview(@TargetAggregateIdentifier ComplaintId complaintId,
                            @TargetAggregateVersion Long expectedVersion, String reason, Instant at, StaffId by) {
}
