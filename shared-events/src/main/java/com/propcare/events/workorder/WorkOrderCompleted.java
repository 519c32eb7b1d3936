package com.propcare.events.workorder;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The work was done by {@code performedBy}. This is the trigger for repair and service callbacks, so it repeats
 * the office, household and kind for their benefit.
 */
@Revision("1")
public record WorkOrderCompleted(WorkOrderId workOrderId, OfficeId officeId, HouseholdId householdId,
                                 WorkOrderKind kind, StaffId performedBy, String notes, Instant completedAt,
                                 StaffId recordedBy) implements WorkOrderEvent {
}
