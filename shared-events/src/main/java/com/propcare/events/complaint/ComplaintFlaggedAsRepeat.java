package com.propcare.events.complaint;

import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaint repeats an earlier one (same household and category within the policy window, or linked by staff); special measures are due within the policy's repeat deadline (24 hours by default). flaggedBy is null when the rule flagged it automatically. */
@Revision("1")
public record ComplaintFlaggedAsRepeat(ComplaintId complaintId, ComplaintId previousComplaint, boolean automatic, Instant flaggedAt, StaffId flaggedBy, Instant specialMeasuresDue, PolicyVersion policy) implements ComplaintEvent {
}
