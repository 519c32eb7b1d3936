package com.propcare.command.callback;

import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The obligation no longer applies (e.g. the household moved out); only before the callback was performed. */
public record CancelCallback(@TargetAggregateIdentifier CallbackId callbackId,
                             @TargetAggregateVersion Long expectedVersion, String reason, Instant at, StaffId by) {
}
