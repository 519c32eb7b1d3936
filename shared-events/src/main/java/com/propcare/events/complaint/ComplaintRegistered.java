package com.propcare.events.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A complaint was received and entered on the register (《客户投诉登记表》). The complainant's name and phone, where
 * given, travel sealed with the household's key ({@code complainant}; null when none was named, and in revision 1,
 * whose contacts were kept outside the log).
 */
@Revision("2")
public record ComplaintRegistered(ComplaintId complaintId, OfficeId officeId, ComplaintNumber number,
                                  ComplaintChannel channel, HouseholdId householdId, ComplaintCategory category,
                                  String summary, Instant receivedAt, StaffId receivedBy, String originalDocumentRef,
                                  Instant firstReplyDue, Instant remedyDue, PolicyVersion policy,
                                  Complainant complainant) implements ComplaintEvent {

    /** A registration that names no complainant (one raised by a callback or an opinion, say). */
    public ComplaintRegistered(ComplaintId complaintId, OfficeId officeId, ComplaintNumber number,
                               ComplaintChannel channel, HouseholdId householdId, ComplaintCategory category,
                               String summary, Instant receivedAt, StaffId receivedBy, String originalDocumentRef,
                               Instant firstReplyDue, Instant remedyDue, PolicyVersion policy) {
        this(complaintId, officeId, number, channel, householdId, category, summary, receivedAt, receivedBy,
             originalDocumentRef, firstReplyDue, remedyDue, policy, null);
    }
}
