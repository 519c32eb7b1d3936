package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Erase the household's personal data on request (crypto-shredding its key); {@code reason} is recorded. */
public record EraseHouseholdPersonalData(@TargetAggregateIdentifier HouseholdId householdId, Long expectedVersion,
                                         String reason, Instant at, StaffId by) implements HouseholdChange {
}
