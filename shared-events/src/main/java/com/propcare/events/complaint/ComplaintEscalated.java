package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaint went up to a higher level that decides on it. */
@Revision("1")
public record ComplaintEscalated(ComplaintId complaintId, EscalationLevel level, String reason, Instant escalatedAt, StaffId escalatedBy) implements ComplaintEvent {
}
