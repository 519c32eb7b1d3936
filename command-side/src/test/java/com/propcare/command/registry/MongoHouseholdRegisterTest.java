package com.propcare.command.registry;

import com.propcare.command.registry.HouseholdRegister.Entry;
import com.propcare.command.registry.HouseholdRegister.ImportedEntry;
import com.propcare.command.registry.HouseholdRegister.Taken;
import com.propcare.command.registry.HouseholdRegister.UnitAddress;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.MutableClock;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHousehold;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.propcare.command.registry.RegistryTestData.BUILDING_3;
import static com.propcare.command.registry.RegistryTestData.CLERK;
import static com.propcare.command.registry.RegistryTestData.NOW;
import static com.propcare.command.registry.RegistryTestData.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

class MongoHouseholdRegisterTest {

    private static final UnitAddress UNIT_1203 = new UnitAddress(BUILDING_3, "1203");
    private static final HouseholdId FIRST = new HouseholdId("h-first");
    private static final HouseholdId SECOND = new HouseholdId("h-second");
    private static final LocalDate MOVED_IN = LocalDate.of(2024, 5, 1);

    private final TestMongo mongo = new TestMongo();
    private final MutableClock clock = new MutableClock(NOW);
    private final Set<String> holdersWithEvents = new HashSet<>();
    private final MongoHouseholdRegister register = new MongoHouseholdRegister(mongo.database("register-test"), clock,
                                                                               holdersWithEvents::contains);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static Entry entry(HouseholdId household, UnitAddress unit) {
        return new Entry(household, unit, true, MOVED_IN, null);
    }

    private Taken reserve(HouseholdId household, UnitAddress unit) {
        return register.reserve(OFFICE, household.value(), List.of(entry(household, unit)));
    }

    private Taken takenNow(UnitAddress unit, HouseholdId household) {
        return register.taken(OFFICE, List.of(unit), List.of(household));
    }

    private static HouseholdRegistered registered(HouseholdId household, UnitAddress unit) {
        return new HouseholdRegistered(household, OFFICE, unit.building(), unit.unit(), null, true, MOVED_IN, Set.of(),
                                       null, Set.of(), List.of(), NOW, CLERK);
    }

    @Test
    void a_unit_and_an_id_belong_to_the_first_reservation_and_a_refused_one_leaves_nothing_behind() {
        assertThat(reserve(FIRST, UNIT_1203)).isEqualTo(Taken.NOTHING);

        Taken refused = register.reserve(OFFICE, SECOND.value(), List.of(
                entry(SECOND, UNIT_1203), entry(FIRST, new UnitAddress(BUILDING_3, "1204"))));

        assertThat(refused.units()).containsExactly(UNIT_1203);
        assertThat(refused.households()).containsExactly(FIRST);
        assertThat(takenNow(new UnitAddress(BUILDING_3, "1204"), SECOND)).isEqualTo(Taken.NOTHING);
    }

    @Test
    void units_are_told_apart_by_office_building_and_number_even_with_colons_in_them() {
        reserve(FIRST, new UnitAddress(new BuildingId("b:c"), "1"));

        assertThat(register.reserve(new OfficeId("office-1:b"), SECOND.value(),
                                    List.of(entry(SECOND, new UnitAddress(new BuildingId("c"), "1")))))
                .isEqualTo(Taken.NOTHING);
        assertThat(register.taken(new OfficeId("office-2"), List.of(new UnitAddress(new BuildingId("b:c"), "1")),
                                  List.of()))
                .isEqualTo(Taken.NOTHING);
    }

    @Test
    void a_reservation_is_released_when_its_command_rolls_back_before_storing_events() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        reserve(FIRST, UNIT_1203);
        unitOfWork.rollback();

        assertThat(takenNow(UNIT_1203, FIRST)).isEqualTo(Taken.NOTHING);
        assertThat(reserve(SECOND, UNIT_1203)).isEqualTo(Taken.NOTHING);
    }

    @Test
    void a_reservation_whose_events_were_stored_survives_a_rollback() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        reserve(FIRST, UNIT_1203);
        holdersWithEvents.add(FIRST.value());
        unitOfWork.rollback();

        assertThat(takenNow(UNIT_1203, FIRST).units()).containsExactly(UNIT_1203);
    }

    @Test
    void the_event_confirms_the_reservation_so_it_never_times_out() {
        reserve(FIRST, UNIT_1203);
        register.on(registered(FIRST, UNIT_1203));
        register.on(registered(FIRST, UNIT_1203));
        clock.advance(Duration.ofHours(1));

        assertThat(reserve(SECOND, UNIT_1203).units()).containsExactly(UNIT_1203);
    }

    @Test
    void a_reservation_abandoned_by_a_dead_command_is_taken_over_after_the_timeout() {
        reserve(FIRST, UNIT_1203);
        assertThat(reserve(SECOND, UNIT_1203).units()).as("still within the timeout").containsExactly(UNIT_1203);

        clock.advance(MongoHouseholdRegister.RESERVATION_TIMEOUT.plusSeconds(1));

        assertThat(takenNow(UNIT_1203, FIRST)).isEqualTo(Taken.NOTHING);
        assertThat(reserve(SECOND, UNIT_1203)).isEqualTo(Taken.NOTHING);
        assertThat(reserve(FIRST, UNIT_1203).units()).containsExactly(UNIT_1203);
    }

    @Test
    void an_unconfirmed_reservation_whose_holder_stored_events_is_never_taken_over() {
        reserve(FIRST, UNIT_1203);
        holdersWithEvents.add(FIRST.value());
        clock.advance(Duration.ofHours(1));

        assertThat(reserve(SECOND, UNIT_1203).units()).containsExactly(UNIT_1203);
    }

    @Test
    void an_event_without_a_reservation_is_registered_all_the_same() {
        register.on(registered(FIRST, UNIT_1203));

        assertThat(takenNow(UNIT_1203, FIRST).units()).containsExactly(UNIT_1203);
        assertThat(takenNow(UNIT_1203, FIRST).households()).containsExactly(FIRST);
    }

    @Test
    void an_import_registers_every_row_and_remembers_where_each_households_stream_continues_from() {
        HouseholdImportId importId = new HouseholdImportId("import-1");
        List<ImportedHousehold> rows = IntStream.range(0, 300).mapToObj(i -> new ImportedHousehold(
                new HouseholdId("h-" + i), BUILDING_3, String.valueOf(100 + i), null, i % 2 == 0,
                i % 2 == 0 ? MOVED_IN : null, Set.of(), null, Set.of(), List.of())).toList();
        assertThat(register.reserve(OFFICE, importId.value(), rows.stream().map(row -> new Entry(
                row.householdId(), new UnitAddress(row.building(), row.unit()), row.occupied(), row.moveInDate(),
                importId)).toList())).isEqualTo(Taken.NOTHING);

        register.on(new HouseholdsImported(importId, OFFICE, rows, NOW, CLERK));
        clock.advance(Duration.ofHours(1));

        assertThat(register.taken(OFFICE, List.of(new UnitAddress(BUILDING_3, "399")), List.of(new HouseholdId("h-0")))
                           .isEmpty()).isFalse();
        assertThat(register.imported(new HouseholdId("h-2"))).contains(new ImportedEntry(
                new HouseholdId("h-2"), OFFICE, importId, new UnitAddress(BUILDING_3, "102"), true, MOVED_IN));
        reserve(FIRST, UNIT_1203);
        assertThat(register.imported(FIRST)).isEmpty();
    }
}
