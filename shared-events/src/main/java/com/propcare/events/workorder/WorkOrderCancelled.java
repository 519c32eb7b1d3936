package com.propcare.events.workorder;

import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The work order was cancelled before it was done, with the reason. */
@Revision("1")
public record WorkOrderCancelled(WorkOrderId workOrderId, String reason, Instant cancelledAt, StaffId cancelledBy)
        implements WorkOrderEvent {
}
