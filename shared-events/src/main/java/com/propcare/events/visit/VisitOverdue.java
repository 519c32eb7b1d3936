package com.propcare.events.visit;

import com.propcare.events.OfficeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The visit was not recorded by its due time; detected once, by the deadline scheduler. */
@Revision("1")
public record VisitOverdue(VisitId visitId, OfficeId officeId, Instant due, Instant detectedAt)
        implements VisitEvent {
}
