package com.propcare.query.registry;

import com.propcare.access.Role;
import com.propcare.access.TestUsers;
import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffLeft;
import com.propcare.events.registry.StaffRole;
import com.propcare.query.support.QueryProblems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.Set;

import static com.propcare.query.registry.InMemoryRegistryQuerySide.NOW;
import static com.propcare.query.registry.RegistryEvents.BUILDING_3;
import static com.propcare.query.registry.RegistryEvents.CLERK;
import static com.propcare.query.registry.RegistryEvents.IMPORT;
import static com.propcare.query.registry.RegistryEvents.OFFICE;

/** The registry's HTTP resources over the real query handlers, Axon's local query bus and the in-memory store. */
class RegistryQueryControllerTest {

    private final InMemoryRegistryQuerySide querySide = new InMemoryRegistryQuerySide();
    private final WebTestClient client = WebTestClient
            .bindToController(new RegistryQueryController(querySide.queryGateway, TestUsers.officeAccess()))
            .controllerAdvice(new QueryProblems())
            .webFilter((exchange, chain) -> chain.filter(exchange).contextWrite(
                    ReactiveSecurityContextHolder.withAuthentication(
                            TestUsers.authenticated(Set.of(Role.CLERK), Set.of("office-1"), false))))
            .build();

    @BeforeEach
    void office() {
        querySide.project("office-1", 0, RegistryEvents.officeRegistered());
        querySide.project("office-1", 1, RegistryEvents.departmentAdded("repairs"));
        querySide.project("office-1", 2, RegistryEvents.buildingAdded(BUILDING_3));
        querySide.project(IMPORT.value(), 0, RegistryEvents.imported(querySide.vault, 30));
        querySide.project("h-3-1203", 0, RegistryEvents.householdRegistered(querySide.vault, "h-3-1203", "1203"));
    }

    @AfterEach
    void stop() {
        querySide.close();
    }

    @Test
    void offices_are_listed_and_one_is_served_with_its_structure_and_version() {
        client.get().uri("/api/offices").exchange()
              .expectStatus().isOk()
              .expectBody().jsonPath("$[0].id").isEqualTo("office-1")
              .jsonPath("$[0].departments").isEqualTo(1).jsonPath("$[0].buildings").isEqualTo(1);
        client.get().uri("/api/offices/office-1").exchange()
              .expectStatus().isOk()
              .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
              .expectBody().jsonPath("$.timeZone").isEqualTo("Asia/Shanghai")
              .jsonPath("$.buildings[0].id").isEqualTo("3");
        client.get().uri("/api/offices/office-9").exchange()
              .expectStatus().isNotFound()
              .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
    }

    @Test
    void an_offices_households_are_listed_by_unit_filtered_and_paged_without_personal_data() {
        client.get().uri("/api/offices/office-1/households?size=5&page=1").exchange()
              .expectStatus().isOk()
              .expectBody()
              .jsonPath("$.total").isEqualTo(31)
              .jsonPath("$.items.length()").isEqualTo(5)
              .jsonPath("$.items[0].unit").isEqualTo("105")
              .jsonPath("$.items[0].residents").isEqualTo(1)
              .jsonPath("$.items[0].name").doesNotExist();
        client.get().uri("/api/offices/office-1/households?occupied=false").exchange()
              .expectBody().jsonPath("$.total").isEqualTo(10);
        client.get().uri("/api/offices/office-1/households?keyResident=true&building=3").exchange()
              .expectBody().jsonPath("$.total").isEqualTo(7);
        client.get().uri("/api/offices/office-1/households?keyResident=DISABLED").exchange()
              .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo("h-3-1203");
        client.get().uri("/api/offices/office-1/households?building=9").exchange()
              .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void bad_list_parameters_and_unknown_offices_get_a_problem() {
        client.get().uri("/api/offices/office-1/households?occupied=maybe&keyResident=TALL&size=0").exchange()
              .expectStatus().isBadRequest()
              .expectBody().jsonPath("$.code").isEqualTo("INVALID_PARAMETER")
              .jsonPath("$.errors[0].field").isEqualTo("occupied")
              .jsonPath("$.errors[1].field").isEqualTo("keyResident")
              .jsonPath("$.errors[2].field").isEqualTo("size");
        client.get().uri("/api/offices/office-9/households").exchange()
              .expectStatus().isNotFound()
              .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        client.get().uri("/api/offices/office-1/staff?role=WIZARD").exchange()
              .expectStatus().isBadRequest()
              .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
    }

    @Test
    void one_household_is_shown_with_its_residents_decrypted_and_its_version_as_etag() {
        client.get().uri("/api/households/h-3-1203").exchange()
              .expectStatus().isOk()
              .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
              .expectBody()
              .jsonPath("$.officeId").isEqualTo("office-1")
              .jsonPath("$.moveInDate").isEqualTo("2024-05-01")
              .jsonPath("$.keyResidentFlags[0]").isEqualTo("DISABLED")
              .jsonPath("$.residents[0].name").isEqualTo("Wang Jianguo")
              .jsonPath("$.residents[0].phone").isEqualTo("13800000000")
              .jsonPath("$.residents[0].erased").isEqualTo(false);
        client.get().uri("/api/households/h-3-1203").header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange()
              .expectStatus().isNotModified();
        client.get().uri("/api/households/nobody").exchange()
              .expectStatus().isNotFound()
              .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_NOT_FOUND");
    }

    @Test
    void once_the_households_key_is_destroyed_its_residents_show_as_erased_under_another_etag() {
        querySide.vault.destroyKey("h-3-1203");

        client.get().uri("/api/households/h-3-1203").exchange()
              .expectStatus().isOk()
              .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0-erased\"")
              .expectBody()
              .jsonPath("$.residents[0].erased").isEqualTo(true)
              .jsonPath("$.residents[0].name").doesNotExist();
    }

    @Test
    void an_offices_staff_are_filtered_by_role_and_by_whether_they_still_work_there() {
        StaffId li = new StaffId("staff-li");
        StaffId zhou = new StaffId("staff-zhou");
        querySide.project("staff-li", 0, new StaffHired(li, OFFICE, "Li Wei", new DepartmentId("repairs"),
                                                        Set.of(StaffRole.REPAIR_LEAD), NOW, CLERK));
        querySide.project("staff-zhou", 0, new StaffHired(zhou, OFFICE, "Zhou Hua", new DepartmentId("repairs"),
                                                          Set.of(StaffRole.CLERK, StaffRole.QUALITY_CHECKER), NOW,
                                                          CLERK));
        querySide.project("staff-li", 1, new StaffLeft(li, OFFICE, LocalDate.of(2026, 2, 28), NOW, CLERK));

        client.get().uri("/api/offices/office-1/staff").exchange()
              .expectBody().jsonPath("$.items.length()").isEqualTo(2).jsonPath("$.items[0].name").isEqualTo("Li Wei");
        client.get().uri("/api/offices/office-1/staff?role=quality_checker").exchange()
              .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo("staff-zhou");
        client.get().uri("/api/offices/office-1/staff?active=true").exchange()
              .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo("staff-zhou");
        client.get().uri("/api/staff/staff-li").exchange()
              .expectStatus().isOk()
              .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
              .expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.leftOn").isEqualTo("2026-02-28");
        client.get().uri("/api/staff/nobody").exchange()
              .expectStatus().isNotFound()
              .expectBody().jsonPath("$.code").isEqualTo("STAFF_NOT_FOUND");
    }
}
