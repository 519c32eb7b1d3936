package com.propcare.command.registry;

import com.propcare.command.support.DomainRefusal;
import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.BuildingUnit;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.UnitsAdded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static com.propcare.command.registry.RegistryRefusalCodes.OFFICE_ALREADY_REGISTERED;
import static com.propcare.command.registry.RegistryRefusalCodes.OFFICE_TIME_ZONE_NOT_A_REGION;
import static com.propcare.command.registry.RegistryRefusalCodes.OFFICE_BUILDING_EXISTS;
import static com.propcare.command.registry.RegistryRefusalCodes.OFFICE_DEPARTMENT_EXISTS;
import static com.propcare.command.registry.RegistryRefusalCodes.OFFICE_UNIT_EXISTS;
import static com.propcare.command.registry.RegistryRefusalCodes.OFFICE_UNKNOWN_BUILDING;
import static com.propcare.command.registry.Registry.requirePresent;
import static com.propcare.command.registry.Registry.requireStamp;
import static com.propcare.command.registry.Registry.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A management office and its structure: departments, buildings and their units. Ids inside an office are unique,
 * so each of them is added once. Households and staff live in streams of their own and learn about the office
 * through the {@link OfficeDirectory}.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Office {

    @AggregateIdentifier
    private OfficeId id;
    private final Set<DepartmentId> departments = new HashSet<>();
    private final Map<BuildingId, Set<String>> unitsByBuilding = new HashMap<>();

    protected Office() {
    }

    /** Handled as "create if missing" so that registering an id twice is refused by name, not as a write conflict. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterOffice command) {
        if (id != null) {
            throw new DomainRefusal(OFFICE_ALREADY_REGISTERED, "An office " + id + " is registered already",
                                    Map.of("officeId", id.value()));
        }
        requirePresent("officeId", command.officeId());
        requireText("company", command.company());
        requireText("name", command.name());
        requireText("region", command.region());
        requirePresent("timeZone", command.timeZone());
        if (!ZoneId.getAvailableZoneIds().contains(command.timeZone().getId())) {
            // an offset such as +07:43:12 has no daylight-saving or calendar history: working days need a region
            throw DomainRefusal.unprocessable(OFFICE_TIME_ZONE_NOT_A_REGION, command.timeZone().getId()
                    + " is not a time-zone region; name one such as Asia/Shanghai",
                    Map.of("field", "timeZone", "timeZone", command.timeZone().getId()));
        }
        requireStamp(command.at(), command.by());
        apply(new OfficeRegistered(command.officeId(), command.company(), command.name(), command.region(),
                                   command.timeZone(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(AddDepartment command) {
        requirePresent("departmentId", command.departmentId());
        requireText("name", command.name());
        requireStamp(command.at(), command.by());
        if (departments.contains(command.departmentId())) {
            throw new DomainRefusal(OFFICE_DEPARTMENT_EXISTS, "The office has a department "
                    + command.departmentId() + " already", Map.of("departmentId", command.departmentId().value()));
        }
        apply(new DepartmentAdded(id, command.departmentId(), command.name(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(AddBuilding command) {
        requirePresent("buildingId", command.buildingId());
        requireText("name", command.name());
        requireStamp(command.at(), command.by());
        if (unitsByBuilding.containsKey(command.buildingId())) {
            throw new DomainRefusal(OFFICE_BUILDING_EXISTS, "The office has a building " + command.buildingId()
                    + " already", Map.of("buildingId", command.buildingId().value()));
        }
        apply(new BuildingAdded(id, command.buildingId(), command.name(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(AddUnits command) {
        requirePresent("buildingId", command.buildingId());
        if (command.units() == null || command.units().isEmpty()) {
            throw Registry.required("units");
        }
        requireStamp(command.at(), command.by());
        Set<String> listed = unitsByBuilding.get(command.buildingId());
        if (listed == null) {
            throw DomainRefusal.unprocessable(OFFICE_UNKNOWN_BUILDING, "The office has no building "
                    + command.buildingId(), Map.of("field", "buildingId", "buildingId", command.buildingId().value()));
        }
        Set<String> added = new HashSet<>();
        for (BuildingUnit unit : command.units()) {
            requireText("units.number", unit.number());
            if (listed.contains(unit.number()) || !added.add(unit.number())) {
                throw new DomainRefusal(OFFICE_UNIT_EXISTS, "Building " + command.buildingId() + " lists unit "
                        + unit.number() + " already", Map.of("buildingId", command.buildingId().value(),
                                                             "unit", unit.number()));
            }
        }
        apply(new UnitsAdded(id, command.buildingId(), command.units(), command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(OfficeRegistered event) {
        id = event.officeId();
    }

    @EventSourcingHandler
    void on(DepartmentAdded event) {
        departments.add(event.departmentId());
    }

    @EventSourcingHandler
    void on(BuildingAdded event) {
        unitsByBuilding.put(event.buildingId(), new HashSet<>());
    }

    @EventSourcingHandler
    void on(UnitsAdded event) {
        event.units().forEach(unit -> unitsByBuilding.get(event.buildingId()).add(unit.number()));
    }
}
