package com.propcare.command.registry;

import com.propcare.command.registry.HouseholdRegister.Entry;
import com.propcare.command.registry.HouseholdRegister.UnitAddress;
import com.propcare.command.registry.RegistryTestData.FakeResidentSealer;
import com.propcare.command.registry.RegistryTestData.InMemoryHouseholdRegister;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import com.propcare.events.registry.KeyResidentFlag;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.propcare.command.registry.RegistryTestData.BUILDING_3;
import static com.propcare.command.registry.RegistryTestData.BUILDING_5;
import static com.propcare.command.registry.RegistryTestData.CLERK;
import static com.propcare.command.registry.RegistryTestData.NOW;
import static com.propcare.command.registry.RegistryTestData.OFFICE;
import static com.propcare.command.registry.RegistryTestData.TODAY;
import static com.propcare.command.registry.RegistryTestData.WANG;
import static com.propcare.command.registry.RegistryTestData.refusedWith;
import static com.propcare.command.registry.RegistryTestData.sealed;
import static org.assertj.core.api.Assertions.assertThat;

class HouseholdImportTest {

    private static final HouseholdImportId IMPORT = new HouseholdImportId("import-1");
    private static final LocalDate MOVED_IN = LocalDate.of(2023, 9, 1);

    private final InMemoryHouseholdRegister register = new InMemoryHouseholdRegister();
    private AggregateTestFixture<HouseholdImport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HouseholdImport.class);
        fixture.registerInjectableResource(RegistryTestData.offices());
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(new FakeResidentSealer());
    }

    private static ImportRow occupied(int line, String id, BuildingId building, String unit, LocalDate moveIn) {
        return new ImportRow(line, new HouseholdId(id), building, unit, 12, true, moveIn,
                             Set.of(KeyResidentFlag.AGED_LIVING_WITHOUT_CHILDREN), ContactChannel.PHONE,
                             Set.of(ContactChannel.VISIT), List.of(WANG));
    }

    private static ImportRow vacant(int line, String id, BuildingId building, String unit) {
        return new ImportRow(line, new HouseholdId(id), building, unit, null, false, null, Set.of(), null, Set.of(),
                             List.of());
    }

    private static ImportHouseholds importOf(ImportRow... rows) {
        return new ImportHouseholds(IMPORT, OFFICE, List.of(rows), NOW, CLERK);
    }

    private static HouseholdsImported imported() {
        return new HouseholdsImported(IMPORT, OFFICE, List.of(
                new ImportedHousehold(new HouseholdId("h-1"), BUILDING_3, "101", 12, true, MOVED_IN,
                                      Set.of(KeyResidentFlag.AGED_LIVING_WITHOUT_CHILDREN), ContactChannel.PHONE,
                                      Set.of(ContactChannel.VISIT), List.of(sealed(new HouseholdId("h-1"), WANG))),
                new ImportedHousehold(new HouseholdId("h-2"), BUILDING_5, "101", null, false, null, Set.of(), null,
                                      Set.of(), List.of())), NOW, CLERK);
    }

    private static Map<String, Object> error(int line, String field, String rule, String message) {
        return Map.of("line", line, "field", field, "rule", rule, "message", message);
    }

    @Test
    void all_rows_become_one_event_and_the_answer_summarises_them() {
        fixture.givenNoPriorActivity()
               .when(importOf(occupied(2, "h-1", BUILDING_3, "101", MOVED_IN), vacant(3, "h-2", BUILDING_5, "101")))
               .expectEvents(imported())
               .expectResultMessagePayload(new ImportSummary("import-1", "office-1", 2, 1, NOW, "clerk-1"));

        assertThat(register.unitHolders()).containsOnlyKeys("office-1:3:101", "office-1:5:101")
                                          .containsValue("import-1");
    }

    @Test
    void the_same_file_again_answers_with_the_first_imports_summary_and_changes_nothing() {
        fixture.given(imported())
               .when(new ImportHouseholds(IMPORT, OFFICE, List.of(vacant(2, "h-9", BUILDING_3, "909")),
                                          NOW.plusSeconds(3600), new StaffId("clerk-2")))
               .expectNoEvents()
               .expectResultMessagePayload(new ImportSummary("import-1", "office-1", 2, 1, NOW, "clerk-1"));
    }

    @Test
    void every_broken_rule_of_every_row_is_reported_with_its_line_and_nothing_is_imported_or_reserved() {
        register.reserve(OFFICE, "h-old", List.of(new Entry(new HouseholdId("h-old"),
                                                            new UnitAddress(BUILDING_5, "808"), false, null, null)));

        fixture.givenNoPriorActivity()
               .when(importOf(occupied(2, "h-1", BUILDING_3, "101", MOVED_IN),
                              vacant(3, "h-2", new BuildingId("9"), "101"),
                              occupied(4, "h-3", BUILDING_3, "102", TODAY.plusDays(1)),
                              vacant(5, "h-4", BUILDING_3, "101"),
                              vacant(6, "h-1", BUILDING_3, "103"),
                              vacant(7, "h-old", BUILDING_5, "808")))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_IMPORT_REJECTED, Map.of(
                       "errorCount", 6,
                       "errors", List.of(
                               error(3, "building", "KnownBuilding", "office office-1 has no building 9"),
                               error(4, "moveInDate", "NotInFuture",
                                     "move-in date 2026-03-05 is after today (2026-03-04)"),
                               error(5, "unit", "UniqueInFile", "unit 101 of building 3 is also on line 2"),
                               error(6, "householdId", "UniqueInFile", "household h-1 is also on line 2"),
                               error(7, "householdId", "NotRegistered", "household h-old is registered already"),
                               error(7, "unit", "UnitFree",
                                     "unit 808 of building 5 has a household registered already")))));

        assertThat(register.unitHolders()).containsOnlyKeys("office-1:5:808");
    }

    @Test
    void an_import_into_an_unknown_office_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
               .when(new ImportHouseholds(IMPORT, new OfficeId("office-9"), List.of(vacant(2, "h-1", BUILDING_3, "1")),
                                          NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_NOT_FOUND));
    }

    @Test
    void an_import_holds_at_least_one_and_at_most_ten_thousand_households() {
        fixture.givenNoPriorActivity()
               .when(importOf())
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_IMPORT_SIZE, Map.of("rows", 0)));
    }
}
