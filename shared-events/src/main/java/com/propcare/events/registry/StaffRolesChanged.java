package com.propcare.events.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** The staff member's roles are now {@code roles}. */
@Revision("1")
public record StaffRolesChanged(StaffId staffId, OfficeId officeId, Set<StaffRole> roles, Instant changedAt,
                                StaffId changedBy) implements StaffEvent {
}
