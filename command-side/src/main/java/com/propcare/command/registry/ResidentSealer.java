package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.registry.Resident;

import java.util.List;
import java.util.Map;

/** Seals residents' names and phones with their household's key before they go into an event. */
public interface ResidentSealer {

    /** The residents of each household, sealed with that household's key, in the order given. */
    Map<HouseholdId, List<Resident>> seal(Map<HouseholdId, List<ResidentDetails>> residents);

    default List<Resident> seal(HouseholdId household, List<ResidentDetails> residents) {
        return seal(Map.of(household, residents)).get(household);
    }
}
