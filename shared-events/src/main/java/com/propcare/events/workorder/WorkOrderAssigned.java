package com.propcare.events.workorder;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The work order went to a department, and to a named member of staff when one was chosen (else null). */
@Revision("1")
public record WorkOrderAssigned(WorkOrderId workOrderId, DepartmentId department, StaffId assignee,
                                Instant assignedAt, StaffId assignedBy) implements WorkOrderEvent {
}
