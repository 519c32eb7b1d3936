package com.propcare.events.visit;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment was made with the household first, at a time they are home [001]; a later one replaces it. */
@Revision("1")
public record VisitAppointed(VisitId visitId, OfficeId officeId, Instant appointedFor, VisitMethod method,
                             StaffId with, Instant appointedAt, StaffId appointedBy) implements VisitEvent {
}
