package com.propcare.events.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** Units were added to a building's list, e.g. for sampling surveys by floor and unit. */
@Revision("1")
public record UnitsAdded(OfficeId officeId, BuildingId buildingId, List<BuildingUnit> units, Instant addedAt,
                         StaffId addedBy) implements OfficeEvent {
}
