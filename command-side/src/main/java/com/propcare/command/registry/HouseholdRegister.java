package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.HouseholdImportId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The set-based rules no single household can check in its own stream: one household per unit of an office, one
 * household per id, whether registered one by one or by an import; and, for a household an import registered,
 * where its own stream continues from.
 */
public interface HouseholdRegister {

    /** Of the given units of {@code office} and household ids, those registered or being registered. */
    Taken taken(OfficeId office, Collection<UnitAddress> units, Collection<HouseholdId> households);

    /**
     * Reserves the entries' units and ids for {@code holder}, the aggregate whose first event will register them
     * (the household itself, or the import). Nothing is reserved when any of them is taken; the answer says which.
     * Reservations are released again if the unit of work rolls back before the holder's events are stored.
     */
    Taken reserve(OfficeId office, String holder, List<Entry> entries);

    /**
     * The office of a registered household, whether registered on its own or by an import; empty for an id nobody
     * registered (or whose registration is still being decided).
     */
    Optional<OfficeId> officeOf(HouseholdId household);

    /** The household as an import registered it, if an import did. */
    Optional<ImportedEntry> imported(HouseholdId household);

    /** A unit of an office: building and unit number. */
    record UnitAddress(BuildingId building, String unit) {
    }

    /** A household to reserve; {@code importId} is null for one registered on its own. */
    record Entry(HouseholdId household, UnitAddress unit, boolean occupied, LocalDate moveInDate,
                 HouseholdImportId importId) {
    }

    /** What the register knows of a household an import registered. */
    record ImportedEntry(HouseholdId household, OfficeId office, HouseholdImportId importId, UnitAddress unit,
                         boolean occupied, LocalDate moveInDate) {
    }

    /** The units and household ids that were not free. */
    record Taken(Set<UnitAddress> units, Set<HouseholdId> households) {

        public static final Taken NOTHING = new Taken(Set.of(), Set.of());

        public Taken {
            units = Set.copyOf(units);
            households = Set.copyOf(households);
        }

        public boolean isEmpty() {
            return units.isEmpty() && households.isEmpty();
        }
    }
}
