package com.propcare.events.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A department or team (e.g. repairs, cleaning, customer service) was added to an office. */
@Revision("1")
public record DepartmentAdded(OfficeId officeId, DepartmentId departmentId, String name, Instant addedAt,
                              StaffId addedBy) implements OfficeEvent {
}
