package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A commitment of a callback passed its due time unkept; detected once, by the deadline scheduler. */
@Revision("1")
public record FollowUpOverdue(CallbackId callbackId, OfficeId officeId, String itemId, Instant due,
                              Instant detectedAt) implements CallbackEvent {
}
