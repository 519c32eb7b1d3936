package com.propcare.command.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Add a building of the community to its office. */
public record AddBuilding(@TargetAggregateIdentifier OfficeId officeId, @TargetAggregateVersion Long expectedVersion,
                          BuildingId buildingId, String name, Instant at, StaffId by) {
}
