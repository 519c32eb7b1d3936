package com.propcare.events.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A complaint was received and entered on the register (《客户投诉登记表》). The complainant's name and phone are personal data and are not in the event; they are kept in the contact vault under the complaint id. */
@Revision("1")
public record ComplaintRegistered(ComplaintId complaintId, OfficeId officeId, ComplaintNumber number, ComplaintChannel channel,
                                  HouseholdId householdId, ComplaintCategory category, String summary,
                                  Instant receivedAt, StaffId receivedBy, String originalDocumentRef,
                                  Instant firstReplyDue, Instant remedyDue, PolicyVersion policy) implements ComplaintEvent {
}
