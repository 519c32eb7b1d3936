package com.propcare.command.visit;

import com.propcare.command.registry.TestReferences;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.visit.HolidayPlanId;
import com.propcare.events.visit.HolidayVisitsPlanned;
import com.propcare.eventstore.TestMongo;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.KeyResidentFlag;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.BuildingId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.propcare.command.visit.VisitTestData.OFFICE;
import static com.propcare.command.visit.VisitTestData.POLICY;
import static com.propcare.command.visit.VisitTestData.SHANGHAI;
import static com.propcare.command.visit.VisitTestData.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class HolidayPlanTest {

    private static final Instant AT = Instant.parse("2027-01-20T02:00:00Z");
    private static final LocalDate SPRING_FESTIVAL = LocalDate.of(2027, 2, 6);

    private final TestMongo mongo = new TestMongo();
    private MongoVisitHouseholds households;
    private AggregateTestFixture<HolidayPlan> fixture;

    @BeforeEach
    void setUp() {
        households = new MongoVisitHouseholds(mongo.database("visit-test"));
        fixture = new AggregateTestFixture<>(HolidayPlan.class);
        fixture.registerInjectableResource(households);
        fixture.registerInjectableResource(VisitTestData.policies());
        fixture.registerInjectableResource(TestReferences.anyOffice());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static HouseholdRegistered registered(OfficeId office, String id, boolean occupied,
                                                  Set<KeyResidentFlag> flags) {
        return new HouseholdRegistered(new HouseholdId(id), office, new BuildingId("1"), id, 1, occupied,
                                       occupied ? LocalDate.of(2020, 1, 1) : null, flags, null, Set.of(), List.of(),
                                       AT, SUPERVISOR);
    }

    @Test
    void the_representative_sample_takes_one_occupied_household_per_building_and_floor_the_same_every_time() {
        OfficeId office = new OfficeId("office-sample-" + System.nanoTime());
        for (int floor = 1; floor <= 3; floor++) {
            for (int unit = 1; unit <= 4; unit++) {
                String id = "h-" + floor + "0" + unit;
                households.on(new HouseholdRegistered(new HouseholdId(id), office, new BuildingId("1"), id, floor,
                                                      unit != 4, unit != 4 ? LocalDate.of(2020, 1, 1) : null,
                                                      Set.of(), null, Set.of(), List.of(), AT, SUPERVISOR));
            }
        }

        List<HouseholdId> sample = households.occupiedOnePerFloor(office);

        assertThat(sample).hasSize(3);
        assertThat(sample).extracting(HouseholdId::value).allMatch(id -> !id.endsWith("04"))
                          .extracting(id -> id.charAt(2)).containsExactlyInAnyOrder('1', '2', '3');
        assertThat(households.occupiedOnePerFloor(office)).isEqualTo(sample);
        assertThat(households.occupied(office)).hasSize(9);
        assertThat(households.all(office)).hasSize(12);
    }

    @Test
    void holiday_visits_go_to_occupied_key_resident_households_only() {
        OfficeId office = new OfficeId("office-holiday-" + System.nanoTime());
        households.on(registered(office, "h-aged", true, Set.of(KeyResidentFlag.AGED_LIVING_WITHOUT_CHILDREN)));
        households.on(registered(office, "h-plain", true, Set.of()));
        households.on(registered(office, "h-vacant-key", false, Set.of(KeyResidentFlag.DISABLED)));
        households.on(registered(office, "h-flag.later", true, Set.of()));
        households.on(registered(office, "h-moved-out", true, Set.of(KeyResidentFlag.DISABLED)));
        households.on(new KeyResidentFlagsChanged(new HouseholdId("h-flag.later"), office,
                                                  Set.of(KeyResidentFlag.DISABLED), AT, SUPERVISOR));
        households.on(new HouseholdVacated(new HouseholdId("h-moved-out"), office, LocalDate.of(2026, 12, 1), AT,
                                           SUPERVISOR));

        assertThat(households.occupiedKeyResidents(office))
                .containsExactly(new HouseholdId("h-aged"), new HouseholdId("h-flag.later"));

        HolidayPlanId plan = PlanHolidayVisits.idOf(office, "Spring Festival", SPRING_FESTIVAL);
        fixture.givenNoPriorActivity()
               .when(new PlanHolidayVisits(plan, office, "Spring Festival", SPRING_FESTIVAL, AT, SUPERVISOR))
               .expectEvents(new HolidayVisitsPlanned(plan, office, "Spring Festival", SPRING_FESTIVAL,
                                                      List.of(new HouseholdId("h-aged"),
                                                              new HouseholdId("h-flag.later")),
                                                      LocalDate.of(2027, 2, 7).atStartOfDay(SHANGHAI).toInstant(),
                                                      POLICY, AT, SUPERVISOR));
    }

    @Test
    void an_office_without_key_residents_gets_no_plan() {
        OfficeId office = new OfficeId("office-empty-" + System.nanoTime());
        fixture.givenNoPriorActivity()
               .when(new PlanHolidayVisits(PlanHolidayVisits.idOf(office, "Mid-Autumn", SPRING_FESTIVAL), office,
                                           "Mid-Autumn", SPRING_FESTIVAL, AT, SUPERVISOR))
               .expectExceptionMessage(containsString(VisitRefusalCodes.HOLIDAY_WITHOUT_KEY_RESIDENTS));
        assertThat(OFFICE).isNotEqualTo(office);
    }
}
