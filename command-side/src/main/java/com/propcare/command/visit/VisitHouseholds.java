package com.propcare.command.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;

import java.util.List;

/** The households of an office as visit planning needs them. */
public interface VisitHouseholds {

    /** The occupied households with at least one key-resident flag, ordered by id. */
    List<HouseholdId> occupiedKeyResidents(OfficeId office);
}
