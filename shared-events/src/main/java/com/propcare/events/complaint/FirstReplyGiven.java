package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complainant got a first reply (solved or not); onTime compares it with the first-reply due time. */
@Revision("1")
public record FirstReplyGiven(ComplaintId complaintId, String content, Instant repliedAt, StaffId repliedBy, boolean onTime) implements ComplaintEvent {
}
