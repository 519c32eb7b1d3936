package com.propcare.command.registry;

import com.propcare.command.registry.OfficeDirectory.OfficeEntry;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.SealedValue;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.Resident;
import com.propcare.events.registry.ResidentRole;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The registry's test data: one office with its departments and buildings, and in-memory collaborators. */
final class RegistryTestData {

    static final OfficeId OFFICE = new OfficeId("office-1");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final StaffId CLERK = new StaffId("clerk-1");
    static final DepartmentId REPAIRS = new DepartmentId("repairs");
    static final DepartmentId CUSTOMER_SERVICE = new DepartmentId("customer-service");
    static final BuildingId BUILDING_3 = new BuildingId("3");
    static final BuildingId BUILDING_5 = new BuildingId("5");
    static final HouseholdId HOUSEHOLD = new HouseholdId("h-3-1203");
    /** Wednesday 4 March 2026, 09:00 in the office (Asia/Shanghai). */
    static final Instant NOW = Instant.parse("2026-03-04T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    static final ResidentDetails WANG = new ResidentDetails(ResidentRole.OWNER, "王建国", "13800000000");

    private RegistryTestData() {
    }

    /** The office of {@link #OFFICE} with both departments and both buildings. */
    static InMemoryOfficeDirectory offices() {
        InMemoryOfficeDirectory offices = new InMemoryOfficeDirectory();
        offices.add(new OfficeEntry(OFFICE, SHANGHAI, Set.of(REPAIRS, CUSTOMER_SERVICE),
                                    Set.of(BUILDING_3, BUILDING_5)));
        return offices;
    }

    /** What the fake sealer turns a resident into: recognisable, deterministic, and not the clear text. */
    static Resident sealed(HouseholdId household, ResidentDetails resident) {
        return new Resident(resident.role(), seal(household, resident.name()),
                            resident.phone() == null ? null : seal(household, resident.phone()));
    }

    private static SealedValue seal(HouseholdId household, String text) {
        return new SealedValue("key-" + household.value(),
                               Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Matcher<DomainRefusal> refusedWith(String code, Map<String, Object> expectedDetails) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRefusal refusal, Description mismatch) {
                boolean detailsMatch = expectedDetails.entrySet().stream().allMatch(
                        expected -> expected.getValue().equals(refusal.details().get(expected.getKey())));
                if (!refusal.code().equals(code) || !detailsMatch) {
                    mismatch.appendText("was refused with ").appendValue(refusal.code()).appendText(" and details ")
                            .appendValue(refusal.details());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code).appendText(" and details including ")
                           .appendValue(expectedDetails);
            }
        };
    }

    static Matcher<DomainRefusal> refusedWith(String code) {
        return refusedWith(code, Map.of());
    }

    /** Offices as the directory lookup would know them. */
    static final class InMemoryOfficeDirectory implements OfficeDirectory {

        private final Map<OfficeId, OfficeEntry> offices = new HashMap<>();

        void add(OfficeEntry office) {
            offices.put(office.officeId(), office);
        }

        @Override
        public Optional<OfficeEntry> find(OfficeId office) {
            return Optional.ofNullable(offices.get(office));
        }
    }

    /** The register's rules in memory: a unit and an id belong to the first holder that reserves them. */
    static final class InMemoryHouseholdRegister implements HouseholdRegister {

        private final Map<String, String> unitHolders = new HashMap<>();
        private final Map<HouseholdId, String> householdHolders = new HashMap<>();
        private final Map<HouseholdId, OfficeId> householdOffices = new HashMap<>();
        private final Map<HouseholdId, ImportedEntry> imported = new HashMap<>();

        @Override
        public Taken taken(OfficeId office, Collection<UnitAddress> units,
                           Collection<HouseholdId> households) {
            return new Taken(units.stream().filter(unit -> unitHolders.containsKey(key(office, unit)))
                                  .collect(Collectors.toSet()),
                             households.stream().filter(householdHolders::containsKey)
                                       .collect(Collectors.toSet()));
        }

        @Override
        public Taken reserve(OfficeId office, String holder, List<Entry> entries) {
            Taken taken = taken(office, entries.stream().map(Entry::unit).toList(),
                                entries.stream().map(Entry::household).toList());
            if (!taken.isEmpty()) {
                return taken;
            }
            for (Entry entry : entries) {
                unitHolders.put(key(office, entry.unit()), holder);
                householdHolders.put(entry.household(), holder);
                householdOffices.put(entry.household(), office);
                if (entry.importId() != null) {
                    imported.put(entry.household(), new ImportedEntry(entry.household(), office, entry.importId(),
                                                                      entry.unit(), entry.occupied(),
                                                                      entry.moveInDate()));
                }
            }
            return Taken.NOTHING;
        }

        @Override
        public Optional<OfficeId> officeOf(HouseholdId household) {
            return Optional.ofNullable(householdOffices.get(household));
        }

        @Override
        public Optional<ImportedEntry> imported(HouseholdId household) {
            return Optional.ofNullable(imported.get(household));
        }

        Map<String, String> unitHolders() {
            return Map.copyOf(unitHolders);
        }

        private static String key(OfficeId office, UnitAddress unit) {
            return office + ":" + unit.building() + ":" + unit.unit();
        }
    }

    /** Seals by Base64, so tests can state the expected events exactly. */
    static final class FakeResidentSealer implements ResidentSealer {

        @Override
        public Map<HouseholdId, List<Resident>> seal(Map<HouseholdId, List<ResidentDetails>> residents) {
            Map<HouseholdId, List<Resident>> sealed = new LinkedHashMap<>();
            residents.forEach((household, people) -> sealed.put(
                    household, people.stream().map(person -> sealed(household, person)).toList()));
            return sealed;
        }
    }
}
