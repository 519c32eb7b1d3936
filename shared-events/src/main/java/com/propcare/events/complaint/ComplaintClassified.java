package com.propcare.events.complaint;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaint was classified as general or major, with whose responsibility it is. */
@Revision("1")
public record ComplaintClassified(ComplaintId complaintId, ComplaintSeverity severity, Responsibility responsibility, Instant classifiedAt, StaffId classifiedBy) implements ComplaintEvent {
}
