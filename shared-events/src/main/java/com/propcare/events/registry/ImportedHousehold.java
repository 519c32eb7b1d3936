package com.propcare.events.registry;

import com.propcare.events.HouseholdId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One household of a {@link HouseholdsImported} file, with the same facts as a {@link HouseholdRegistered}; its
 * residents are sealed with its own household's key.
 */
public record ImportedHousehold(HouseholdId householdId, BuildingId building, String unit, Integer floor,
                                boolean occupied, LocalDate moveInDate, Set<KeyResidentFlag> keyResidentFlags,
                                ContactChannel preferredChannel, Set<ContactChannel> declinedChannels,
                                List<Resident> residents) {
}
