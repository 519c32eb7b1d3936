package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complainant asked for a review (复核) of the handling result. */
@Revision("1")
public record ComplaintReviewRequested(ComplaintId complaintId, String reason, Instant requestedAt, StaffId recordedBy) implements ComplaintEvent {
}
