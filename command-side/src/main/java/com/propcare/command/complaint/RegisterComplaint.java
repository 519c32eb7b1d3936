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
 * allocated by the command side. {@code originalDocumentRef} may be null when there is no paper original.
 */
public record RegisterComplaint(@TargetAggregateIdentifier ComplaintId complaintId, OfficeId officeId,
                                ComplaintChannel channel, HouseholdId householdId, ComplaintCategory category,
                                String summary, Instant receivedAt, StaffId receivedBy, String originalDocumentRef) {
}
