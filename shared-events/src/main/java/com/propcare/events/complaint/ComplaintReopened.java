package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaint was reopened to be handled again (complainant not satisfied, or a review was requested). */
@Revision("1")
public record ComplaintReopened(ComplaintId complaintId, String reason, Instant reopenedAt, StaffId reopenedBy) implements ComplaintEvent {
}
