package com.propcare.command.registry;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.BuildingUnit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

/** Add units to one of the office's buildings; all of them or, if one is already listed, none. */
public record AddUnits(@TargetAggregateIdentifier OfficeId officeId, @TargetAggregateVersion Long expectedVersion,
                       BuildingId buildingId, List<BuildingUnit> units, Instant at, StaffId by) {
}
