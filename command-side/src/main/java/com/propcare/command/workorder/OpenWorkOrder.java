package com.propcare.command.workorder;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Open a work order for a household; a paid service needs its contract period. */
public record OpenWorkOrder(@TargetAggregateIdentifier WorkOrderId workOrderId, OfficeId officeId,
                            HouseholdId householdId, WorkOrderKind kind, String description, WorkOrderSource source,
                            String sourceId, ContractPeriod contract, Instant at, StaffId by) {
}
