package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A planned corrective action was carried out. */
@Revision("1")
public record CorrectiveActionCompleted(ComplaintId complaintId, String actionId, String outcome, Instant completedAt, StaffId completedBy, boolean onTime) implements ComplaintEvent {
}
