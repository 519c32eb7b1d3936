package com.propcare.command.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * What households and staff need to know about an office that they cannot see in their own streams: that it
 * exists, its time zone (for "not in the future"), its departments and its buildings.
 */
public interface OfficeDirectory {

    Optional<OfficeEntry> find(OfficeId office);

    /** One office as the command side knows it. */
    record OfficeEntry(OfficeId officeId, ZoneId timeZone, Set<DepartmentId> departments, Set<BuildingId> buildings) {

        public OfficeEntry {
            departments = Set.copyOf(departments);
            buildings = Set.copyOf(buildings);
        }
    }
}
