package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;

/**
 * Every fact in one household's own stream. A household registered by a bulk import has no stream until it first
 * changes; its stream then starts with {@link ImportedHouseholdTakenOver}.
 */
public sealed interface HouseholdEvent
        permits HouseholdRegistered, ImportedHouseholdTakenOver, HouseholdMovedIn, HouseholdVacated,
                KeyResidentFlagsChanged, ContactPreferencesChanged, ResidentsChanged, HouseholdPersonalDataErased {
    HouseholdId householdId();

    OfficeId officeId();
}
