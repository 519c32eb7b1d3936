package com.propcare.command.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Move a member of staff to another department of their office. */
public record ChangeStaffDepartment(@TargetAggregateIdentifier StaffId staffId,
                                    @TargetAggregateVersion Long expectedVersion, DepartmentId department,
                                    Instant at, StaffId by) {
}
