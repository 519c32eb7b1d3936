package com.propcare.command.registry;

import com.propcare.command.registry.HouseholdRegister.Entry;
import com.propcare.command.registry.HouseholdRegister.UnitAddress;
import com.propcare.command.registry.RegistryTestData.FakeResidentSealer;
import com.propcare.command.registry.RegistryTestData.InMemoryHouseholdRegister;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlag;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentRole;
import com.propcare.events.registry.ResidentsChanged;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.propcare.command.registry.RegistryTestData.BUILDING_3;
import static com.propcare.command.registry.RegistryTestData.CLERK;
import static com.propcare.command.registry.RegistryTestData.HOUSEHOLD;
import static com.propcare.command.registry.RegistryTestData.NOW;
import static com.propcare.command.registry.RegistryTestData.OFFICE;
import static com.propcare.command.registry.RegistryTestData.TODAY;
import static com.propcare.command.registry.RegistryTestData.WANG;
import static com.propcare.command.registry.RegistryTestData.refusedWith;
import static com.propcare.command.registry.RegistryTestData.sealed;
import static org.assertj.core.api.Assertions.assertThat;

class HouseholdTest {

    private static final LocalDate MOVED_IN = LocalDate.of(2024, 5, 1);
    private static final ResidentDetails ZHAO = new ResidentDetails(ResidentRole.RESIDENT, "赵敏", null);
    private static final HouseholdRegistered REGISTERED = new HouseholdRegistered(
            HOUSEHOLD, OFFICE, BUILDING_3, "1203", 12, true, MOVED_IN, Set.of(KeyResidentFlag.DISABLED),
            ContactChannel.SMS, Set.of(ContactChannel.VISIT), List.of(sealed(HOUSEHOLD, WANG)), NOW, CLERK);

    private final InMemoryHouseholdRegister register = new InMemoryHouseholdRegister();
    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Household.class);
        fixture.registerInjectableResource(RegistryTestData.offices());
        fixture.registerInjectableResource(register);
        fixture.registerInjectableResource(new FakeResidentSealer());
    }

    private static RegisterHousehold registration(HouseholdId id, String unit, boolean occupied, LocalDate moveIn) {
        return new RegisterHousehold(id, OFFICE, BUILDING_3, unit, 12, occupied, moveIn,
                                     Set.of(KeyResidentFlag.DISABLED), ContactChannel.SMS, Set.of(ContactChannel.VISIT),
                                     List.of(WANG), NOW, CLERK);
    }

    @Test
    void an_occupied_household_is_registered_with_its_residents_sealed_and_its_unit_reserved() {
        fixture.givenNoPriorActivity()
               .when(registration(HOUSEHOLD, "1203", true, MOVED_IN))
               .expectEvents(REGISTERED);

        assertThat(register.unitHolders()).containsEntry("office-1:3:1203", "h-3-1203");
    }

    @Test
    void a_household_of_an_unknown_office_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
               .when(new RegisterHousehold(HOUSEHOLD, new OfficeId("office-9"), BUILDING_3, "1203", null, false, null,
                                           Set.of(), null, Set.of(), List.of(), NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_NOT_FOUND));
    }

    @Test
    void a_household_in_a_building_the_office_does_not_have_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
               .when(new RegisterHousehold(HOUSEHOLD, OFFICE, new BuildingId("9"), "1203", null, false, null, Set.of(),
                                           null, Set.of(), List.of(), NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_UNKNOWN_BUILDING,
                                            Map.of("field", "building", "building", "9")));
    }

    @Test
    void a_move_in_date_after_today_in_the_office_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
               .when(registration(HOUSEHOLD, "1203", true, TODAY.plusDays(1)))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.DATE_IN_THE_FUTURE,
                                            Map.of("field", "moveInDate", "rule", "NotInFuture")));
        assertThat(register.unitHolders()).isEmpty();
    }

    @Test
    void today_is_the_offices_day_not_the_servers() {
        Instant lateEveningUtcIsTomorrowInShanghai = Instant.parse("2026-03-04T17:00:00Z");

        fixture.givenNoPriorActivity()
               .when(new RegisterHousehold(HOUSEHOLD, OFFICE, BUILDING_3, "1203", null, true, TODAY.plusDays(1),
                                           Set.of(), null, Set.of(), List.of(), lateEveningUtcIsTomorrowInShanghai,
                                           CLERK))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_occupied_household_needs_its_move_in_date_and_a_vacant_one_has_none() {
        fixture.givenNoPriorActivity()
               .when(registration(HOUSEHOLD, "1203", true, null))
               .expectException(refusedWith(RegistryRefusalCodes.FIELD_REQUIRED, Map.of("field", "moveInDate")));
        fixture.givenNoPriorActivity()
               .when(registration(HOUSEHOLD, "1203", false, MOVED_IN))
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_VACANT_WITH_MOVE_IN_DATE));
    }

    @Test
    void the_preferred_channel_cannot_be_declined_too() {
        fixture.givenNoPriorActivity()
               .when(new RegisterHousehold(HOUSEHOLD, OFFICE, BUILDING_3, "1203", null, false, null, Set.of(),
                                           ContactChannel.PHONE, Set.of(ContactChannel.PHONE), List.of(), NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_PREFERRED_CHANNEL_DECLINED,
                                            Map.of("field", "preferredChannel")));
    }

    @Test
    void a_second_household_on_a_unit_is_refused() {
        register.reserve(OFFICE, "h-other", List.of(new Entry(new HouseholdId("h-other"),
                                                              new UnitAddress(BUILDING_3, "1203"), false, null, null)));

        fixture.givenNoPriorActivity()
               .when(registration(HOUSEHOLD, "1203", true, MOVED_IN))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_UNIT_TAKEN,
                                            Map.of("building", "3", "unit", "1203")));
    }

    @Test
    void a_household_id_is_registered_once() {
        fixture.given(REGISTERED)
               .when(registration(HOUSEHOLD, "1204", true, MOVED_IN))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_ALREADY_REGISTERED));
    }

    @Test
    void a_household_id_an_import_registered_is_not_registered_again() {
        HouseholdId imported = new HouseholdId("h-imported");
        register.reserve(OFFICE, "import-1", List.of(new Entry(imported, new UnitAddress(BUILDING_3, "101"), false,
                                                               null, new HouseholdImportId("import-1"))));
        fixture.givenNoPriorActivity()
               .when(registration(imported, "1205", true, MOVED_IN))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_ALREADY_REGISTERED));
    }

    @Test
    void a_move_out_then_a_move_in_with_new_residents() {
        HouseholdVacated vacated = new HouseholdVacated(HOUSEHOLD, OFFICE, TODAY.minusDays(10), NOW, CLERK);
        fixture.given(REGISTERED)
               .when(new RecordMoveOut(HOUSEHOLD, 0L, TODAY.minusDays(10), NOW, CLERK))
               .expectEvents(vacated);
        fixture.given(REGISTERED, vacated)
               .when(new RecordMoveIn(HOUSEHOLD, 1L, TODAY, List.of(ZHAO), NOW, CLERK))
               .expectEvents(new HouseholdMovedIn(HOUSEHOLD, OFFICE, TODAY, List.of(sealed(HOUSEHOLD, ZHAO)), NOW,
                                                  CLERK));
    }

    @Test
    void occupancy_changes_must_fit_the_current_state_and_the_order_of_dates() {
        fixture.given(REGISTERED)
               .when(new RecordMoveIn(HOUSEHOLD, null, TODAY, List.of(ZHAO), NOW, CLERK))
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_ALREADY_OCCUPIED));
        fixture.given(REGISTERED)
               .when(new RecordMoveOut(HOUSEHOLD, null, MOVED_IN.minusDays(1), NOW, CLERK))
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_DATES_OUT_OF_ORDER,
                                            Map.of("field", "movedOutOn")));
        HouseholdVacated vacated = new HouseholdVacated(HOUSEHOLD, OFFICE, TODAY.minusDays(10), NOW, CLERK);
        fixture.given(REGISTERED, vacated)
               .when(new RecordMoveOut(HOUSEHOLD, null, TODAY, NOW, CLERK))
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_ALREADY_VACANT));
        fixture.given(REGISTERED, vacated)
               .when(new RecordMoveIn(HOUSEHOLD, null, TODAY.minusDays(11), List.of(), NOW, CLERK))
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_DATES_OUT_OF_ORDER,
                                            Map.of("field", "moveInDate")));
    }

    @Test
    void flags_preferences_and_residents_are_recorded_as_they_are_now() {
        Set<KeyResidentFlag> both = Set.of(KeyResidentFlag.AGED_LIVING_WITHOUT_CHILDREN, KeyResidentFlag.DISABLED);
        fixture.given(REGISTERED)
               .when(new ChangeKeyResidentFlags(HOUSEHOLD, null, both, NOW, CLERK))
               .expectEvents(new KeyResidentFlagsChanged(HOUSEHOLD, OFFICE, both, NOW, CLERK));
        fixture.given(REGISTERED)
               .when(new ChangeContactPreferences(HOUSEHOLD, null, null, Set.of(ContactChannel.PHONE,
                                                                                  ContactChannel.VISIT), NOW, CLERK))
               .expectEvents(new ContactPreferencesChanged(HOUSEHOLD, OFFICE, null, Set.of(ContactChannel.PHONE,
                                                                                            ContactChannel.VISIT),
                                                           NOW, CLERK));
        fixture.given(REGISTERED)
               .when(new ChangeResidents(HOUSEHOLD, null, List.of(WANG, ZHAO), NOW, CLERK))
               .expectEvents(new ResidentsChanged(HOUSEHOLD, OFFICE, List.of(sealed(HOUSEHOLD, WANG),
                                                                             sealed(HOUSEHOLD, ZHAO)), NOW, CLERK));
    }

    @Test
    void a_change_based_on_an_older_version_is_refused() {
        fixture.given(REGISTERED)
               .when(new ChangeKeyResidentFlags(HOUSEHOLD, 3L, Set.of(), NOW, CLERK))
               .expectNoEvents()
               .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void the_first_change_to_an_imported_household_starts_its_own_stream_from_the_imported_row() {
        HouseholdImportId importId = new HouseholdImportId("import-1");
        register.reserve(OFFICE, importId.value(), List.of(new Entry(HOUSEHOLD, new UnitAddress(BUILDING_3, "1203"),
                                                                     true, MOVED_IN, importId)));

        fixture.givenNoPriorActivity()
               .when(new RecordMoveOut(HOUSEHOLD, 0L, TODAY, NOW, CLERK))
               .expectEvents(new ImportedHouseholdTakenOver(HOUSEHOLD, OFFICE, importId, BUILDING_3, "1203", true,
                                                            MOVED_IN, NOW),
                             new HouseholdVacated(HOUSEHOLD, OFFICE, TODAY, NOW, CLERK));
        fixture.givenNoPriorActivity()
               .when(new RecordMoveOut(HOUSEHOLD, 2L, TODAY, NOW, CLERK))
               .expectNoEvents()
               .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_change_to_a_household_nobody_registered_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
               .when(new RecordMoveOut(new HouseholdId("h-nobody"), null, TODAY, NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.HOUSEHOLD_NOT_FOUND,
                                            Map.of("householdId", "h-nobody")));
    }
}
