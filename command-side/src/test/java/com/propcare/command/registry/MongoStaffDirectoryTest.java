package com.propcare.command.registry;

import com.propcare.command.registry.StaffDirectory.StaffEntry;
import com.propcare.eventstore.TestMongo;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffDepartmentChanged;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.registry.StaffRolesChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.propcare.command.registry.RegistryTestData.CLERK;
import static com.propcare.command.registry.RegistryTestData.CUSTOMER_SERVICE;
import static com.propcare.command.registry.RegistryTestData.NOW;
import static com.propcare.command.registry.RegistryTestData.OFFICE;
import static com.propcare.command.registry.RegistryTestData.REPAIRS;
import static com.propcare.command.registry.RegistryTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class MongoStaffDirectoryTest {

    private static final StaffId LI = new StaffId("s-li");

    private final TestMongo mongo = new TestMongo();
    private final MongoStaffDirectory directory = new MongoStaffDirectory(mongo.database("staff-directory-test"));

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void hire() {
        directory.on(new StaffHired(LI, OFFICE, "Li Wei", REPAIRS, Set.of(StaffRole.REPAIR_LEAD), NOW, CLERK));
    }

    @Test
    void a_hired_member_of_staff_is_found_with_office_roles_and_department() {
        hire();

        assertThat(directory.find(LI))
                .contains(new StaffEntry(LI, OFFICE, Set.of(StaffRole.REPAIR_LEAD), REPAIRS, true));
        assertThat(directory.find(LI).orElseThrow().worksAt(OFFICE)).isTrue();
        assertThat(directory.find(LI).orElseThrow().worksAt(new OfficeId("office-2"))).isFalse();
        assertThat(directory.find(new StaffId("s-nobody"))).isEmpty();
    }

    @Test
    void role_and_department_changes_replace_the_old_values() {
        hire();
        directory.on(new StaffRolesChanged(LI, OFFICE, Set.of(StaffRole.CLERK, StaffRole.QUALITY_CHECKER), NOW,
                                           CLERK));
        directory.on(new StaffDepartmentChanged(LI, OFFICE, CUSTOMER_SERVICE, NOW, CLERK));

        assertThat(directory.find(LI)).contains(new StaffEntry(
                LI, OFFICE, Set.of(StaffRole.CLERK, StaffRole.QUALITY_CHECKER), CUSTOMER_SERVICE, true));
    }

    @Test
    void someone_who_left_is_still_known_but_no_longer_works_at_the_office() {
        hire();
        directory.on(new StaffLeft(LI, OFFICE, TODAY, NOW, CLERK));

        StaffEntry entry = directory.find(LI).orElseThrow();
        assertThat(entry.active()).isFalse();
        assertThat(entry.worksAt(OFFICE)).isFalse();
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        hire();
        directory.on(new StaffRolesChanged(LI, OFFICE, Set.of(StaffRole.CLERK), NOW, CLERK));
        directory.on(new StaffRolesChanged(LI, OFFICE, Set.of(StaffRole.CLERK), NOW, CLERK));

        assertThat(directory.find(LI)).contains(new StaffEntry(LI, OFFICE, Set.of(StaffRole.CLERK), REPAIRS, true));
    }
}
