package com.propcare.command.registry;

import com.propcare.events.registry.BuildingAdded;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.BuildingUnit;
import com.propcare.events.registry.DepartmentAdded;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.UnitsAdded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.propcare.command.registry.RegistryTestData.BUILDING_3;
import static com.propcare.command.registry.RegistryTestData.CLERK;
import static com.propcare.command.registry.RegistryTestData.NOW;
import static com.propcare.command.registry.RegistryTestData.OFFICE;
import static com.propcare.command.registry.RegistryTestData.REPAIRS;
import static com.propcare.command.registry.RegistryTestData.SHANGHAI;
import static com.propcare.command.registry.RegistryTestData.refusedWith;

class OfficeTest {

    private static final OfficeRegistered REGISTERED = new OfficeRegistered(
            OFFICE, "Evergreen Property", "Garden Court", "cn-mainland", SHANGHAI, NOW, CLERK);
    private static final BuildingAdded BUILDING_ADDED = new BuildingAdded(OFFICE, BUILDING_3, "Building 3", NOW, CLERK);

    private AggregateTestFixture<Office> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Office.class);
    }

    private static AddUnits addUnits(BuildingId building, BuildingUnit... units) {
        return new AddUnits(OFFICE, null, building, List.of(units), NOW, CLERK);
    }

    @Test
    void an_office_is_registered_with_its_calendar_region_and_time_zone() {
        fixture.givenNoPriorActivity()
               .when(new RegisterOffice(OFFICE, "Evergreen Property", "Garden Court", "cn-mainland", SHANGHAI, NOW,
                                        CLERK))
               .expectEvents(REGISTERED);
    }

    @Test
    void an_office_id_is_registered_once() {
        fixture.given(REGISTERED)
               .when(new RegisterOffice(OFFICE, "Other", "Other", "cn-mainland", SHANGHAI, NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_ALREADY_REGISTERED,
                                            Map.of("officeId", "office-1")));
    }

    @Test
    void a_department_is_added_once() {
        fixture.given(REGISTERED, new DepartmentAdded(OFFICE, REPAIRS, "Repairs", NOW, CLERK))
               .when(new AddDepartment(OFFICE, null, REPAIRS, "Repairs again", NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_DEPARTMENT_EXISTS,
                                            Map.of("departmentId", "repairs")));
    }

    @Test
    void a_building_is_added_once() {
        fixture.given(REGISTERED, BUILDING_ADDED)
               .when(new AddBuilding(OFFICE, null, BUILDING_3, "Building 3", NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_BUILDING_EXISTS));
    }

    @Test
    void units_are_listed_under_a_building_of_the_office() {
        fixture.given(REGISTERED, BUILDING_ADDED)
               .when(addUnits(BUILDING_3, new BuildingUnit("1201", 12), new BuildingUnit("1202", 12)))
               .expectEvents(new UnitsAdded(OFFICE, BUILDING_3, List.of(new BuildingUnit("1201", 12),
                                                                        new BuildingUnit("1202", 12)), NOW, CLERK));
    }

    @Test
    void a_unit_listed_already_or_named_twice_is_refused_and_none_of_the_request_is_added() {
        fixture.given(REGISTERED, BUILDING_ADDED,
                      new UnitsAdded(OFFICE, BUILDING_3, List.of(new BuildingUnit("1201", 12)), NOW, CLERK))
               .when(addUnits(BUILDING_3, new BuildingUnit("1301", 13), new BuildingUnit("1201", 12)))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_UNIT_EXISTS, Map.of("unit", "1201")));
        fixture.given(REGISTERED, BUILDING_ADDED)
               .when(addUnits(BUILDING_3, new BuildingUnit("1301", 13), new BuildingUnit("1301", 13)))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_UNIT_EXISTS, Map.of("unit", "1301")));
    }

    @Test
    void units_of_a_building_the_office_does_not_have_are_refused() {
        fixture.given(REGISTERED)
               .when(addUnits(new BuildingId("9"), new BuildingUnit("101", 1)))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_UNKNOWN_BUILDING, Map.of("buildingId", "9")));
    }
}
