package com.propcare.events.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An opinion of type complaint entered the complaint register under {@code complaintId}. */
@Revision("1")
public record OpinionFiledAsComplaint(OpinionId opinionId, OfficeId officeId, ComplaintId complaintId,
                                      Instant filedAt) implements OpinionEvent {
}
