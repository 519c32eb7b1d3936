package com.propcare.query.registry;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.BuildingUnit;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.HouseholdsImported;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.registry.StaffRolesChanged;
import com.propcare.events.registry.UnitsAdded;
import com.propcare.query.registry.HouseholdDetails.ShownResident;
import com.propcare.query.support.BatchedUpdates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.propcare.query.registry.InMemoryRegistryQuerySide.NOW;
import static com.propcare.query.registry.RegistryEvents.BUILDING_3;
import static com.propcare.query.registry.RegistryEvents.CLERK;
import static com.propcare.query.registry.RegistryEvents.IMPORT;
import static com.propcare.query.registry.RegistryEvents.MOVED_IN;
import static com.propcare.query.registry.RegistryEvents.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryProjectionTest {

    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-3-1203");
    private static final StaffId LI = new StaffId("staff-li");

    private final InMemoryRegistryQuerySide querySide = new InMemoryRegistryQuerySide();

    @AfterEach
    void stop() {
        querySide.close();
    }

    private void projectOffice() {
        querySide.project("office-1", 0, RegistryEvents.officeRegistered());
        querySide.project("office-1", 1, RegistryEvents.departmentAdded("repairs"));
        querySide.project("office-1", 2, RegistryEvents.buildingAdded(BUILDING_3));
        querySide.project("office-1", 3, RegistryEvents.buildingAdded(new BuildingId("5")));
        querySide.project("office-1", 4, new UnitsAdded(OFFICE, BUILDING_3, List.of(new BuildingUnit("1201", 12),
                                                                                    new BuildingUnit("1202", 12)),
                                                        NOW, CLERK));
    }

    /** A household registered, moved out and moved in again; returns its events in order. */
    private List<Object> householdHistory() {
        return List.of(RegistryEvents.householdRegistered(querySide.vault, HOUSEHOLD.value(), "1203"),
                       new HouseholdVacated(HOUSEHOLD, OFFICE, LocalDate.of(2026, 1, 31), NOW, CLERK),
                       new HouseholdMovedIn(HOUSEHOLD, OFFICE, LocalDate.of(2026, 2, 14),
                                            List.of(RegistryEvents.resident(querySide.vault, HOUSEHOLD.value(),
                                                                            "Zhao Min", "13700000001")),
                                            NOW, CLERK));
    }

    private void project(List<Object> stream) {
        for (int sequence = 0; sequence < stream.size(); sequence++) {
            querySide.project(HOUSEHOLD.value(), sequence, stream.get(sequence));
        }
    }

    @Test
    void an_offices_structure_is_one_view_in_the_order_it_was_added() {
        projectOffice();

        OfficeView office = querySide.offices.find("office-1").orElseThrow();
        assertThat(office.timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(office.region()).isEqualTo("cn-mainland");
        assertThat(office.departments()).containsExactly(new OfficeView.Department("repairs", "Department repairs"));
        assertThat(office.buildings()).extracting(OfficeView.Building::id).containsExactly("3", "5");
        assertThat(office.buildings().get(0).units()).containsExactly(new OfficeView.Unit("1201", 12),
                                                                      new OfficeView.Unit("1202", 12));
        assertThat(office.version()).isEqualTo(4);
    }

    @Test
    void a_households_history_shows_where_it_stands_now_and_a_replay_changes_nothing() {
        projectOffice();
        project(householdHistory());
        HouseholdView afterFirstPass = querySide.households.find(HOUSEHOLD.value()).orElseThrow();
        List<HouseholdSummary> listedAfterFirstPass = querySide.households.listed("office-1");
        OfficeView officeAfterFirstPass = querySide.offices.find("office-1").orElseThrow();

        project(householdHistory().subList(0, 2));
        projectOffice();

        assertThat(afterFirstPass.occupied()).isTrue();
        assertThat(afterFirstPass.moveInDate()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(afterFirstPass.movedOutOn()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(afterFirstPass.version()).isEqualTo(2);
        assertThat(querySide.households.find(HOUSEHOLD.value())).contains(afterFirstPass);
        assertThat(querySide.households.listed("office-1")).isEqualTo(listedAfterFirstPass);
        assertThat(querySide.offices.find("office-1")).contains(officeAfterFirstPass);
        assertThat(querySide.ask(new FindHousehold(HOUSEHOLD.value()), HouseholdDetails.class).residents())
                .containsExactly(new ShownResident("OWNER", "Zhao Min", "13700000001", false));
    }

    @Test
    void resetting_and_replaying_the_log_rebuilds_the_same_views() {
        projectOffice();
        List<Object> history = householdHistory();
        project(history);
        HouseholdsImported imported = RegistryEvents.imported(querySide.vault, 20);
        querySide.project(IMPORT.value(), 0, imported);
        HouseholdView before = querySide.households.find(HOUSEHOLD.value()).orElseThrow();
        List<HouseholdSummary> listedBefore = querySide.households.listed("office-1");

        querySide.reset();
        assertThat(querySide.households.find(HOUSEHOLD.value())).isEmpty();
        assertThat(querySide.offices.find("office-1")).isEmpty();
        projectOffice();
        project(history);
        querySide.project(IMPORT.value(), 0, imported);

        assertThat(querySide.households.find(HOUSEHOLD.value())).contains(before);
        assertThat(querySide.households.listed("office-1")).containsExactlyInAnyOrderElementsOf(listedBefore);
    }

    @Test
    void imported_households_get_the_same_views_as_registered_ones_and_then_change_like_them() {
        projectOffice();
        HouseholdsImported imported = RegistryEvents.imported(querySide.vault, 300);
        querySide.project(IMPORT.value(), 0, imported);

        HouseholdView first = querySide.households.find("h-1").orElseThrow();
        assertThat(first.importId()).isEqualTo("import-1");
        assertThat(first.version()).isZero();
        assertThat(first.unit()).isEqualTo("101");
        assertThat(querySide.households.listed("office-1")).hasSize(300);
        assertThat(querySide.ask(new FindHousehold("h-1"), HouseholdDetails.class).residents())
                .containsExactly(new ShownResident("OWNER", "Resident 1", null, false));

        querySide.project("h-1", 0, new ImportedHouseholdTakenOver(new HouseholdId("h-1"), OFFICE, IMPORT, BUILDING_3,
                                                                   "101", true, MOVED_IN, NOW));
        querySide.project("h-1", 1, new HouseholdVacated(new HouseholdId("h-1"), OFFICE, LocalDate.of(2026, 2, 1),
                                                         NOW, CLERK));
        querySide.project(IMPORT.value(), 0, imported);

        HouseholdView changed = querySide.households.find("h-1").orElseThrow();
        assertThat(changed.occupied()).as("a redelivered import does not undo later changes").isFalse();
        assertThat(changed.residents()).isEmpty();
        assertThat(changed.version()).isEqualTo(1);
        assertThat(querySide.households.listed("office-1")).filteredOn(listed -> listed.id().equals("h-1"))
                                                           .extracting(HouseholdSummary::occupied)
                                                           .containsExactly(false);
    }

    @Test
    void a_large_import_is_listed_whole_from_the_offices_index_buckets() {
        projectOffice();
        int count = 10 * BatchedUpdates.SLICE;
        querySide.project(IMPORT.value(), 0, RegistryEvents.imported(querySide.vault, count));

        assertThat(querySide.households.listed("office-1")).extracting(HouseholdSummary::id)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, count).mapToObj(n -> "h-" + n).toList());
        List<Document> buckets = querySide.database.getCollection(HouseholdViews.OFFICE_INDEX).find()
                                                   .into(new ArrayList<>());
        assertThat(buckets).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo(16)
                           .allSatisfy(bucket -> assertThat(bucket.getString("_id")).startsWith("office-1#"))
                           .allSatisfy(bucket -> assertThat(bucket.get("households", Document.class).size())
                                   .as("an office's entries are spread over its buckets").isLessThan(count / 4));
    }

    @Test
    void a_change_that_arrives_before_its_households_registration_is_refused_so_that_it_is_retried() {
        assertThatThrownBy(() -> querySide.project("h-1", 1, new KeyResidentFlagsChanged(
                new HouseholdId("h-1"), OFFICE, Set.of(), NOW, CLERK)))
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(querySide.households.find("h-1")).isEmpty();
    }

    @Test
    void staff_are_listed_per_office_with_their_roles_and_whether_they_still_work_there() {
        projectOffice();
        querySide.project("staff-li", 0, new StaffHired(LI, OFFICE, "Li Wei", new DepartmentId("repairs"),
                                                        Set.of(StaffRole.REPAIR_LEAD), NOW, CLERK));
        querySide.project("staff-li", 1, new StaffRolesChanged(
                LI, OFFICE, Set.of(StaffRole.REPAIR_LEAD, StaffRole.DEPARTMENT_HEAD), NOW, CLERK));
        querySide.project("staff-li", 2, new StaffLeft(LI, OFFICE, LocalDate.of(2026, 2, 28), NOW, CLERK));
        querySide.project("staff-li", 1, new StaffRolesChanged(LI, OFFICE, Set.of(StaffRole.CLERK), NOW, CLERK));

        StaffView li = querySide.staff.find("staff-li").orElseThrow();
        assertThat(li.roles()).containsExactly("DEPARTMENT_HEAD", "REPAIR_LEAD");
        assertThat(li.active()).isFalse();
        assertThat(li.leftOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(querySide.staff.listed("office-1")).containsExactly(li);
    }

    @Test
    void a_destroyed_household_key_shows_its_residents_as_erased_in_the_read_model() {
        projectOffice();
        HouseholdRegistered registered = RegistryEvents.householdRegistered(querySide.vault, HOUSEHOLD.value(), "1203");
        querySide.project(HOUSEHOLD.value(), 0, registered);

        querySide.vault.destroyKey(HOUSEHOLD.value());

        HouseholdDetails shown = querySide.ask(new FindHousehold(HOUSEHOLD.value()), HouseholdDetails.class);
        assertThat(shown.residents()).containsExactly(new ShownResident("OWNER", null, null, true));
        assertThat(shown.anyErased()).isTrue();
    }
}
