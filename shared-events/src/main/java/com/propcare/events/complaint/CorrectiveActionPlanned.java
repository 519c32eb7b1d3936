package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A corrective action (纠正措施) with its own deadline was planned. */
@Revision("1")
public record CorrectiveActionPlanned(ComplaintId complaintId, String actionId, String description, Instant due, Instant plannedAt, StaffId plannedBy) implements ComplaintEvent {
}
