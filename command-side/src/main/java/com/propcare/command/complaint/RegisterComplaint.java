package com.propcare.command.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Enter a received complaint on the register. The caller chooses the id (so a retry can reuse it); the number is
 * allocated by the command side. {@code originalDocumentRef} may be null when there is no paper original; the
 * complainant's name and phone when none was given (they are sealed before they enter the log).
 */
public record RegisterComplaint(@TargetAggregateIdentifier ComplaintId complaintId, OfficeId officeId,
                                ComplaintChannel channel, HouseholdId householdId, ComplaintCategory category,
                                String summary, Instant receivedAt, StaffId receivedBy, String originalDocumentRef,
                                String complainantName, String complainantPhone) {

    /** A complaint that names nobody: one a callback or an opinion raised. */
    public RegisterComplaint(ComplaintId complaintId, OfficeId officeId, ComplaintChannel channel,
                             HouseholdId householdId, ComplaintCategory category, String summary, Instant receivedAt,
                             StaffId receivedBy, String originalDocumentRef) {
        this(complaintId, officeId, channel, householdId, category, summary, receivedAt, receivedBy,
             originalDocumentRef, null, null);
    }
}
