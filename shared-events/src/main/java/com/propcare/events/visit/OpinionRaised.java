package com.propcare.events.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintCategory;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A resident's opinion was raised in a visit, at the reception desk or in a meeting; it is answered within the
 * policy's {@code complaints.opinionAnswer} (1 month by default [001][004]).
 *
 * @param sourceId    the visit, reception or meeting id
 * @param householdId null when it names no household
 * @param category    what a complaint is about; null for other types
 */
@Revision("1")
public record OpinionRaised(OpinionId opinionId, OpinionSource source, String sourceId, OfficeId officeId,
                            HouseholdId householdId, OpinionType type, ComplaintCategory category, String text,
                            Instant answerDue, PolicyVersion policy, Instant raisedAt, StaffId raisedBy)
        implements OpinionEvent {
}
