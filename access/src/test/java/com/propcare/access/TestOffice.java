package com.propcare.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An office registered through the API for a test, as an admin would set it up: departments, a building, one
 * member of staff per registry role (id {@code <role>-<office>}, e.g. {@code director-office-1}) and households on
 * demand; requests are then made as any of those people ({@link #as(String)}), signed in through the test identity
 * provider. Registering an office that exists already (a context shared by several test classes) adds nothing.
 */
public final class TestOffice {

    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String REPAIRS = "repairs";
    public static final String CLEANING = "cleaning";
    public static final String BUILDING = "1";
    private static final List<String> ROLES = List.of("DIRECTOR", "DEPARTMENT_HEAD", "CUSTOMER_SERVICE_SUPERVISOR",
                                                      "CLERK", "REPAIR_LEAD", "QUALITY_CHECKER");
    private static final AtomicInteger UNITS = new AtomicInteger();

    private final WebTestClient web;
    private final String id;

    private TestOffice(WebTestClient web, String id) {
        this.web = web;
        this.id = id;
    }

    /** @param web a client acting as an admin of every office (the tests' default {@value TestUsers#TESTER}) */
    public static TestOffice register(WebTestClient web, String officeId) {
        TestOffice office = new TestOffice(web, officeId);
        office.post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland"}"""
                .formatted(officeId));
        for (String department : List.of(CUSTOMER_SERVICE, REPAIRS, CLEANING)) {
            office.post("/api/offices/" + officeId + "/departments",
                        "{\"departmentId\":\"%s\",\"name\":\"%s\"}".formatted(department, department));
        }
        office.post("/api/offices/" + officeId + "/buildings", "{\"buildingId\":\"1\",\"name\":\"Building 1\"}");
        for (String role : ROLES) {
            office.hire(office.staff(role), role.equals("REPAIR_LEAD") ? REPAIRS : CUSTOMER_SERVICE, role);
        }
        return office;
    }

    public String id() {
        return id;
    }

    /** The member of staff hired with this registry role, e.g. {@code staff("DIRECTOR")}. */
    public String staff(String registryRole) {
        return registryRole.toLowerCase().replace('_', '-') + "-" + id;
    }

    public String director() {
        return staff("DIRECTOR");
    }

    public String clerk() {
        return staff("CLERK");
    }

    public String supervisor() {
        return staff("CUSTOMER_SERVICE_SUPERVISOR");
    }

    public String quality() {
        return staff("QUALITY_CHECKER");
    }

    public String repairLead() {
        return staff("REPAIR_LEAD");
    }

    /** Hires another member of staff of this office. */
    public String hire(String staffId, String department, String... registryRoles) {
        post("/api/offices/" + id + "/staff", """
                {"staffId":"%s","name":"Li Wei","department":"%s","roles":[%s]}"""
                .formatted(staffId, department, String.join(",", List.of(registryRoles).stream()
                                                                     .map(role -> "\"" + role + "\"").toList())));
        return staffId;
    }

    /** Registers a new occupied household of this office and answers its id. */
    public String household() {
        return household("h-" + id + "-" + UNITS.incrementAndGet());
    }

    /** Registers the occupied household of that id (nothing when it exists already) and answers the id. */
    public String household(String householdId) {
        post("/api/offices/" + id + "/households", """
                {"householdId":"%s","building":"1","unit":"%s","floor":1,"occupied":true,
                 "moveInDate":"2024-05-01"}""".formatted(householdId, householdId));
        return householdId;
    }

    /** Registers many occupied households of this office at once, by an import, and answers their ids. */
    public List<String> importHouseholds(String prefix, int count) {
        StringBuilder csv = new StringBuilder("householdId,building,unit,floor,occupied,moveInDate\n");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String household = prefix + i;
            ids.add(household);
            csv.append(household).append(",1,").append(household).append(",1,true,2024-05-01\n");
        }
        web.post().uri("/api/offices/" + id + "/households/import").contentType(MediaType.parseMediaType("text/csv"))
           .bodyValue(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).exchange()
           .expectStatus().value(status -> {
               if (status != 202 && status != 409) {
                   throw new AssertionError("Importing households into " + id + " answered " + status);
               }
           });
        return ids;
    }

    /** A client acting as {@code staffId}, signed in through the identity provider. */
    public WebTestClient as(String staffId) {
        return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.as(staffId)).build();
    }

    private void post(String path, String body) {
        web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
           .expectStatus().value(status -> {
               if (status != 201 && status != 202 && status != 409) {
                   throw new AssertionError("Setting up office " + id + ": " + path + " answered " + status);
               }
           });
    }
}
