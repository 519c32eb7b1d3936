package com.propcare.command.registry;

import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.Set;

/** Give a member of staff a new set of roles. */
public record ChangeStaffRoles(@TargetAggregateIdentifier StaffId staffId, @TargetAggregateVersion Long expectedVersion,
                               Set<StaffRole> roles, Instant at, StaffId by) {
}
