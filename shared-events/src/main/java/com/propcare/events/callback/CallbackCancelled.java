package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The obligation no longer applies (e.g. the household moved out); the reason is kept. */
@Revision("1")
public record CallbackCancelled(CallbackId callbackId, OfficeId officeId, String reason, Instant cancelledAt,
                                StaffId cancelledBy) implements CallbackEvent {
}
