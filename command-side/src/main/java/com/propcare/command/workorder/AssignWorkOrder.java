package com.propcare.command.workorder;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.workorder.WorkOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Give the work order to a department, optionally to a named member of staff; may be repeated to reassign. */
public record AssignWorkOrder(@TargetAggregateIdentifier WorkOrderId workOrderId,
                              @TargetAggregateVersion Long expectedVersion, DepartmentId department,
                              StaffId assignee, Instant at, StaffId by) {
}
