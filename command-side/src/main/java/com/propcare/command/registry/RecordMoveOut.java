package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** The occupants moved out: the household becomes vacant. */
public record RecordMoveOut(@TargetAggregateIdentifier HouseholdId householdId, Long expectedVersion,
                            LocalDate movedOutOn, Instant at, StaffId by) implements HouseholdChange {
}
