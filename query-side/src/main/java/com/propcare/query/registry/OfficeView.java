package com.propcare.query.registry;

import com.propcare.events.registry.BuildingUnit;
import com.propcare.events.registry.OfficeRegistered;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.propcare.query.registry.RegistryDocuments.date;
import static com.propcare.query.registry.RegistryDocuments.documents;
import static com.propcare.query.registry.RegistryDocuments.instant;
import static com.propcare.query.registry.RegistryDocuments.versionOf;

/**
 * An office with its structure: departments, buildings and the units each building lists, in the order they were
 * added. One document per office, so a form that needs the office's buildings and departments reads one key.
 * {@code version} is the last applied sequence number of the office's stream.
 */
public record OfficeView(String id, String company, String name, String region, String timeZone,
                         List<Department> departments, List<Building> buildings, Instant registeredAt,
                         long version) {

    /** A department or team of the office. */
    public record Department(String id, String name) {
    }

    /** A building and its listed units. */
    public record Building(String id, String name, List<Unit> units) {
    }

    /** A unit of a building: number and floor. */
    public record Unit(String number, int floor) {
    }

    public OfficeView {
        departments = List.copyOf(departments);
        buildings = List.copyOf(buildings);
    }

    static OfficeView registered(OfficeRegistered event, long sequence) {
        return new OfficeView(event.officeId().value(), event.company(), event.name(), event.region(),
                              event.timeZone().getId(), List.of(), List.of(), event.registeredAt(), sequence);
    }

    OfficeView departmentAdded(String departmentId, String departmentName, long sequence) {
        List<Department> more = new ArrayList<>(departments);
        more.add(new Department(departmentId, departmentName));
        return new OfficeView(id, company, name, region, timeZone, more, buildings, registeredAt, sequence);
    }

    OfficeView buildingAdded(String buildingId, String buildingName, long sequence) {
        List<Building> more = new ArrayList<>(buildings);
        more.add(new Building(buildingId, buildingName, List.of()));
        return new OfficeView(id, company, name, region, timeZone, departments, more, registeredAt, sequence);
    }

    OfficeView unitsAdded(String buildingId, List<BuildingUnit> units, long sequence) {
        List<Building> changed = buildings.stream().map(building -> {
            if (!building.id().equals(buildingId)) {
                return building;
            }
            List<Unit> more = new ArrayList<>(building.units());
            units.forEach(unit -> more.add(new Unit(unit.number(), unit.floor())));
            return new Building(building.id(), building.name(), List.copyOf(more));
        }).toList();
        return new OfficeView(id, company, name, region, timeZone, departments, changed, registeredAt, sequence);
    }

    OfficeSummary summary() {
        return new OfficeSummary(id, company, name, region, timeZone, departments.size(), buildings.size());
    }

    Document toDocument() {
        return new Document("_id", id)
                .append("company", company)
                .append("name", name)
                .append("region", region)
                .append("timeZone", timeZone)
                .append("departments", departments.stream()
                                                  .map(d -> new Document("id", d.id()).append("name", d.name()))
                                                  .toList())
                .append("buildings", buildings.stream().map(b -> new Document("id", b.id())
                        .append("name", b.name())
                        .append("units", b.units().stream()
                                          .map(u -> new Document("number", u.number()).append("floor", u.floor()))
                                          .toList())).toList())
                .append("registeredAt", date(registeredAt))
                .append("version", version);
    }

    static OfficeView fromDocument(Document d) {
        return new OfficeView(
                d.getString("_id"), d.getString("company"), d.getString("name"), d.getString("region"),
                d.getString("timeZone"),
                documents(d, "departments").stream()
                                           .map(dep -> new Department(dep.getString("id"), dep.getString("name")))
                                           .toList(),
                documents(d, "buildings").stream().map(b -> new Building(
                        b.getString("id"), b.getString("name"),
                        documents(b, "units").stream()
                                             .map(u -> new Unit(u.getString("number"), u.getInteger("floor")))
                                             .toList())).toList(),
                instant(d, "registeredAt"), versionOf(d));
    }
}
