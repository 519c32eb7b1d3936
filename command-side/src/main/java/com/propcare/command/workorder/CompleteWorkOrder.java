package com.propcare.command.workorder;

import com.propcare.events.StaffId;
import com.propcare.events.workorder.WorkOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Record that the work was done, and by whom; {@code completedAt} is when it was done, {@code at} when recorded. */
public record CompleteWorkOrder(@TargetAggregateIdentifier WorkOrderId workOrderId,
                                @TargetAggregateVersion Long expectedVersion, StaffId performedBy, String notes,
                                Instant completedAt, Instant at, StaffId by) {
}
