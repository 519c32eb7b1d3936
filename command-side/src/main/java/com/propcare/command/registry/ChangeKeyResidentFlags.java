package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.KeyResidentFlag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;

/** Set the household's key-resident flags (empty clears them). */
public record ChangeKeyResidentFlags(@TargetAggregateIdentifier HouseholdId householdId, Long expectedVersion,
                                     Set<KeyResidentFlag> keyResidentFlags, Instant at, StaffId by)
        implements HouseholdChange {
}
