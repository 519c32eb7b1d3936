package com.propcare.command.callback;

import com.propcare.events.callback.CallbackId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the deadline scheduler; records the overdue fact once and changes nothing when it no longer applies. */
public record MarkFollowUpOverdue(@TargetAggregateIdentifier CallbackId callbackId, String itemId,
                                  Instant detectedAt) {
}
