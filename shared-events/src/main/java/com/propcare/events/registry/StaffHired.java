package com.propcare.events.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/**
 * A member of staff joined an office's department with the roles that decide which callbacks, visits and checks
 * they may perform. Staff names are not residents' personal data and are kept in clear text.
 */
@Revision("1")
public record StaffHired(StaffId staffId, OfficeId officeId, String name, DepartmentId department,
                         Set<StaffRole> roles, Instant hiredAt, StaffId hiredBy) implements StaffEvent {
}
