package com.propcare.command.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;

/** A member of staff joins a department of an office, under the staff number the caller chose. */
public record HireStaff(@TargetAggregateIdentifier StaffId staffId, OfficeId officeId, String name,
                        DepartmentId department, Set<StaffRole> roles, Instant at, StaffId by) {
}
