package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Replace the household's list of residents and owners (a correction, or a change of owner). */
public record ChangeResidents(@TargetAggregateIdentifier HouseholdId householdId, Long expectedVersion,
                             List<ResidentDetails> residents, Instant at, StaffId by) implements HouseholdChange {
}
