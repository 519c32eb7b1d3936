package com.propcare.events.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The office director decided how the complaint is handled and which department is responsible. */
@Revision("1")
public record HandlingDecided(ComplaintId complaintId, DepartmentId department, String handlingMethod, Instant decidedAt, StaffId decidedBy) implements ComplaintEvent {
}
