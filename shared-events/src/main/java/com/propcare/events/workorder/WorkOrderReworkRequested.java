package com.propcare.events.workorder;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The household was not satisfied with the work (found by the callback {@code callbackId}): it is to be done again,
 * and the work order is assigned again until it is completed anew.
 */
@Revision("1")
public record WorkOrderReworkRequested(WorkOrderId workOrderId, String callbackId, String reason,
                                       Instant requestedAt, StaffId requestedBy) implements WorkOrderEvent {
}
