package com.propcare.events.callback;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;

import java.time.Instant;

/**
 * A completed work order that may be sampled for a callback: who did it and for whom.
 *
 * @param department the department it was assigned to; null when it was never assigned to one
 */
public record RepairCompletion(WorkOrderId workOrderId, HouseholdId householdId, WorkOrderKind kind,
                               Instant completedAt, StaffId performedBy, DepartmentId department) {
}
