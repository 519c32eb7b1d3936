package com.propcare.events.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The responsible department acknowledged receipt of the handling notice. */
@Revision("1")
public record DispatchReceived(ComplaintId complaintId, DepartmentId department, Instant receivedAt, StaffId receivedBy) implements ComplaintEvent {
}
