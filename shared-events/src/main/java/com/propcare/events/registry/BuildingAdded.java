package com.propcare.events.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A building (楼栋) of the community was added to its office; households are registered in buildings. */
@Revision("1")
public record BuildingAdded(OfficeId officeId, BuildingId buildingId, String name, Instant addedAt,
                            StaffId addedBy) implements OfficeEvent {
}
