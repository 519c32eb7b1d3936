package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complainant stated satisfied or not satisfied on the handling form (《投诉意见处理表》). */
@Revision("1")
public record ComplainantConfirmed(ComplaintId complaintId, boolean satisfied, String comment, Instant confirmedAt, StaffId recordedBy) implements ComplaintEvent {
}
