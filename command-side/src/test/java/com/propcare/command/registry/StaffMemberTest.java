package com.propcare.command.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffDepartmentChanged;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.registry.StaffRolesChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.propcare.command.registry.RegistryTestData.CLERK;
import static com.propcare.command.registry.RegistryTestData.CUSTOMER_SERVICE;
import static com.propcare.command.registry.RegistryTestData.NOW;
import static com.propcare.command.registry.RegistryTestData.OFFICE;
import static com.propcare.command.registry.RegistryTestData.REPAIRS;
import static com.propcare.command.registry.RegistryTestData.TODAY;
import static com.propcare.command.registry.RegistryTestData.refusedWith;

class StaffMemberTest {

    private static final StaffId LI = new StaffId("staff-li");
    private static final StaffHired HIRED = new StaffHired(LI, OFFICE, "Li Wei", REPAIRS,
                                                           Set.of(StaffRole.REPAIR_LEAD), NOW, CLERK);

    private AggregateTestFixture<StaffMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerInjectableResource(RegistryTestData.offices());
    }

    private static HireStaff hire(OfficeId office, DepartmentId department, Set<StaffRole> roles) {
        return new HireStaff(LI, office, "Li Wei", department, roles, NOW, CLERK);
    }

    @Test
    void a_member_of_staff_is_hired_into_a_department_of_the_office_with_roles() {
        fixture.givenNoPriorActivity()
               .when(hire(OFFICE, REPAIRS, Set.of(StaffRole.REPAIR_LEAD)))
               .expectEvents(HIRED);
    }

    @Test
    void a_department_the_office_does_not_have_is_refused_naming_it() {
        fixture.givenNoPriorActivity()
               .when(hire(OFFICE, new DepartmentId("gardening"), Set.of(StaffRole.CLERK)))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.STAFF_UNKNOWN_DEPARTMENT,
                                            Map.of("field", "department", "department", "gardening")));
    }

    @Test
    void staff_of_an_unknown_office_is_refused_as_not_found() {
        fixture.givenNoPriorActivity()
               .when(hire(new OfficeId("office-9"), REPAIRS, Set.of(StaffRole.CLERK)))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.OFFICE_NOT_FOUND, Map.of("officeId", "office-9")));
    }

    @Test
    void a_member_of_staff_has_at_least_one_role() {
        fixture.givenNoPriorActivity()
               .when(hire(OFFICE, REPAIRS, Set.of()))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.FIELD_REQUIRED, Map.of("field", "roles")));
    }

    @Test
    void a_staff_number_is_hired_once() {
        fixture.given(HIRED)
               .when(hire(OFFICE, CUSTOMER_SERVICE, Set.of(StaffRole.CLERK)))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.STAFF_ALREADY_HIRED));
    }

    @Test
    void roles_and_department_change_within_the_office() {
        fixture.given(HIRED)
               .when(new ChangeStaffRoles(LI, null, Set.of(StaffRole.DEPARTMENT_HEAD, StaffRole.REPAIR_LEAD), NOW,
                                          CLERK))
               .expectEvents(new StaffRolesChanged(LI, OFFICE, Set.of(StaffRole.REPAIR_LEAD,
                                                                      StaffRole.DEPARTMENT_HEAD), NOW, CLERK));
        fixture.given(HIRED)
               .when(new ChangeStaffDepartment(LI, null, CUSTOMER_SERVICE, NOW, CLERK))
               .expectEvents(new StaffDepartmentChanged(LI, OFFICE, CUSTOMER_SERVICE, NOW, CLERK));
        fixture.given(HIRED)
               .when(new ChangeStaffDepartment(LI, null, new DepartmentId("security"), NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.STAFF_UNKNOWN_DEPARTMENT));
    }

    @Test
    void leaving_is_recorded_once_not_ahead_of_time_and_nothing_changes_afterwards() {
        fixture.given(HIRED)
               .when(new RecordStaffLeaving(LI, null, TODAY.plusDays(1), NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.DATE_IN_THE_FUTURE, Map.of("field", "leftOn")));
        StaffLeft left = new StaffLeft(LI, OFFICE, TODAY, NOW, CLERK);
        fixture.given(HIRED)
               .when(new RecordStaffLeaving(LI, null, TODAY, NOW, CLERK))
               .expectEvents(left);
        fixture.given(HIRED, left)
               .when(new ChangeStaffRoles(LI, null, Set.of(StaffRole.CLERK), NOW, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(RegistryRefusalCodes.STAFF_HAS_LEFT));
    }
}
