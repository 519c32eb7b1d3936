package com.propcare.command.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;

import java.util.List;

/** The households of an office as visit planning and survey distribution need them, ordered by id. */
public interface VisitHouseholds {

    /** The occupied households with at least one key-resident flag, ordered by id. */
    List<HouseholdId> occupiedKeyResidents(OfficeId office);

    /** The occupied households. */
    List<HouseholdId> occupied(OfficeId office);

    /** A representative sample of the occupied households: one per building and floor (domain §7). */
    List<HouseholdId> occupiedOnePerFloor(OfficeId office);

    /** Every household, occupied or not. */
    List<HouseholdId> all(OfficeId office);
}
