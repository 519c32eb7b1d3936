package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A remedial measure (补救措施) was taken and answered to the complainant; onTime compares it with the remedy due time. */
@Revision("1")
public record RemedialActionRecorded(ComplaintId complaintId, String description, Instant recordedAt, StaffId recordedBy, boolean onTime) implements ComplaintEvent {
}
