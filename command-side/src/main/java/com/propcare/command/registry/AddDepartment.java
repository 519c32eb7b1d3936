package com.propcare.command.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Add a department or team to an office. */
public record AddDepartment(@TargetAggregateIdentifier OfficeId officeId, @TargetAggregateVersion Long expectedVersion,
                            DepartmentId departmentId, String name, Instant at, StaffId by) {
}
