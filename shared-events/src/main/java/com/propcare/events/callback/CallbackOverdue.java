package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The callback was not performed by its due time; detected once, by the deadline scheduler. */
@Revision("1")
public record CallbackOverdue(CallbackId callbackId, OfficeId officeId, Instant due, Instant detectedAt)
        implements CallbackEvent {
}
