package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Customer service investigated and verified the complaint (same-day verification, domain §1.2). */
@Revision("1")
public record ComplaintVerified(ComplaintId complaintId, String findings, String proposedHandling, Instant verifiedAt, StaffId verifiedBy) implements ComplaintEvent {
}
