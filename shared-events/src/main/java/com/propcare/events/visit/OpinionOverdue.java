package com.propcare.events.visit;

import com.propcare.events.OfficeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The opinion was not answered by its due time; detected once, by the deadline scheduler. */
@Revision("1")
public record OpinionOverdue(OpinionId opinionId, OfficeId officeId, Instant due, Instant detectedAt)
        implements OpinionEvent {
}
