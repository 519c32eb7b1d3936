package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A commitment of a callback was kept; {@code onTime} compares {@code doneAt} with its due time. */
@Revision("1")
public record FollowUpDone(CallbackId callbackId, OfficeId officeId, String itemId, String outcome, Instant doneAt,
                           StaffId doneBy, boolean onTime) implements CallbackEvent {
}
