package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The first change to a household that a bulk import registered: its own stream starts here, continuing from its
 * row of {@code importId}, which nothing had changed until now. It restates what the household's later decisions
 * need; readers that handled the import already know everything it says, so for them it changes nothing.
 */
@Revision("1")
public record ImportedHouseholdTakenOver(HouseholdId householdId, OfficeId officeId, HouseholdImportId importId,
                                         BuildingId building, String unit, boolean occupied, LocalDate moveInDate,
                                         Instant takenOverAt) implements HouseholdEvent {
}
