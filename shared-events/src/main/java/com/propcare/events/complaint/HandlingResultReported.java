package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The handler reported the result of handling. */
@Revision("1")
public record HandlingResultReported(ComplaintId complaintId, String result, Instant reportedAt, StaffId reportedBy) implements ComplaintEvent {
}
