package com.propcare.command.callback;

import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** A commitment a callback record created (a promised reply, a notice, a rectification) was kept. */
public record CompleteFollowUp(@TargetAggregateIdentifier CallbackId callbackId,
                               @TargetAggregateVersion Long expectedVersion, String itemId, String outcome,
                               Instant at, StaffId by) {
}
