package com.propcare.benchmarks;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffRole;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The offices the benchmarks send commands to, as the registry knows them: registered, with a clerk who receives
 * the complaints and households to name, written straight into the log (the registry's own commands are not what
 * these benchmarks measure). Every reference a complaint names must exist before it is stored.
 */
final class BenchmarkOffices {

    /** Households per office; complaints name them in turn. */
    static final int HOUSEHOLDS = 500;
    private static final StaffId ADMIN = new StaffId("admin");

    private BenchmarkOffices() {
    }

    static void register(EventStore events, String office, String name, ZoneId zone) {
        OfficeId id = new OfficeId(office);
        Instant now = Instant.now();
        DepartmentId service = new DepartmentId("customer-service");
        events.publish(new GenericDomainEventMessage<>("Office", office, 0, new OfficeRegistered(
                               id, "PropCare", name, "cn-mainland", zone, now, ADMIN)),
                       new GenericDomainEventMessage<>("Office", office, 1, new DepartmentAdded(
                               id, service, "Customer service", now, ADMIN)));
        events.publish(new GenericDomainEventMessage<>("StaffMember", clerk(office), 0, new StaffHired(
                new StaffId(clerk(office)), id, "Clerk", service, Set.of(StaffRole.CLERK), now, ADMIN)));
        List<ImportedHousehold> households = new ArrayList<>();
        for (int n = 0; n < HOUSEHOLDS; n++) {
            households.add(new ImportedHousehold(new HouseholdId(office + "-h-" + n), new BuildingId("1"),
                                                 String.valueOf(n), 1, true, LocalDate.of(2024, 5, 1), Set.of(), null,
                                                 Set.of(), List.of()));
        }
        String importId = "import-" + office;
        events.publish(new GenericDomainEventMessage<>("HouseholdImport", importId, 0, new HouseholdsImported(
                new HouseholdImportId(importId), id, households, now, ADMIN)));
    }

    /** The clerk of the office, who receives its complaints. */
    static String clerk(String office) {
        return "clerk-" + office;
    }

    /** The n-th complaint's household of the office. */
    static String household(String office, long n) {
        return office + "-h-" + Math.floorMod(n, HOUSEHOLDS);
    }
}
