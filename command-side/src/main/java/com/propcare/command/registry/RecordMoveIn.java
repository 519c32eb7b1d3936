package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** New occupants moved into a vacant household. */
public record RecordMoveIn(@TargetAggregateIdentifier HouseholdId householdId, Long expectedVersion,
                           LocalDate moveInDate, List<ResidentDetails> residents, Instant at, StaffId by)
        implements HouseholdChange {
}
