package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaint was found invalid or malicious; the explanation given to the complainant is recorded and the complaint is closed. */
@Revision("1")
public record ComplaintDeclaredInvalid(ComplaintId complaintId, String explanation, Instant declaredAt, StaffId declaredBy) implements ComplaintEvent {
}
