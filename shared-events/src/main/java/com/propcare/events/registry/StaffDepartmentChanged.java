package com.propcare.events.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The staff member moved to another department of the same office. */
@Revision("1")
public record StaffDepartmentChanged(StaffId staffId, OfficeId officeId, DepartmentId department, Instant changedAt,
                                     StaffId changedBy) implements StaffEvent {
}
