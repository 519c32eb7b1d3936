package com.propcare.command.workorder;

import com.propcare.events.StaffId;
import com.propcare.events.workorder.WorkOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The household was not satisfied: do the work again. Sent by the callback triggers with the callback that found
 * it; a second request for the same callback (a redelivered trigger) changes nothing.
 */
public record ReworkWorkOrder(@TargetAggregateIdentifier WorkOrderId workOrderId, String callbackId, String reason,
                              Instant at, StaffId by) {
}
