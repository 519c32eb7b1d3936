package com.propcare.events.workorder;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A work order was opened for a household. {@code sourceId} is the id of the complaint, callback or visit that
 * caused it (null when the household asked directly); {@code contract} is set for paid services only.
 */
@Revision("1")
public record WorkOrderOpened(WorkOrderId workOrderId, OfficeId officeId, HouseholdId householdId,
                              WorkOrderKind kind, String description, WorkOrderSource source, String sourceId,
                              ContractPeriod contract, Instant openedAt, StaffId openedBy)
        implements WorkOrderEvent {
}
