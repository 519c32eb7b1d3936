package com.propcare.command.workorder;

import com.propcare.events.StaffId;
import com.propcare.events.workorder.WorkOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Cancel a work order that was not done, giving the reason. */
public record CancelWorkOrder(@TargetAggregateIdentifier WorkOrderId workOrderId,
                              @TargetAggregateVersion Long expectedVersion, String reason, Instant at, StaffId by) {
}
