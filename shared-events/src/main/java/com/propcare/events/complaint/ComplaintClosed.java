package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaint was closed. */
@Revision("1")
public record ComplaintClosed(ComplaintId complaintId, ClosingReason reason, Instant closedAt, StaffId closedBy) implements ComplaintEvent {
}
