package com.propcare.command.registry;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.propcare.command.registry.HouseholdRegister.UnitAddress;
import com.propcare.command.CommandSideApplication;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's command API over the real embedded store: what is refused, with which problem, and what is kept. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class RegistryCommandApiTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String HEADER = "householdId,building,unit,floor,occupied,moveInDate,keyResident,"
            + "preferredChannel,declinedChannels,residentName,residentPhone\n";

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    MongoDatabase database;

    /** This capability's events: triggers of other capabilities may append theirs at any moment. */
    private long allEvents() {
        return engine.readEvents(null, false)
                     .filter(event -> event.getPayloadType().getPackageName().equals("com.propcare.events.registry"))
                     .count();
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec importFile(String office, String csv) {
        return web.post().uri("/api/offices/" + office + "/households/import").contentType(CSV)
                  .bodyValue(csv.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    /** A new office with departments repairs and customer-service and buildings 3 and 5. */
    private String office() {
        String office = "office-" + System.nanoTime();
        post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland"}""".formatted(office)).expectStatus().isCreated();
        for (String department : List.of("repairs", "customer-service")) {
            post("/api/offices/" + office + "/departments", """
                    {"departmentId":"%s","name":"%s"}""".formatted(department, department))
                    .expectStatus().isAccepted();
        }
        for (String building : List.of("3", "5")) {
            post("/api/offices/" + office + "/buildings", """
                    {"buildingId":"%s","name":"Building %s"}""".formatted(building, building))
                    .expectStatus().isAccepted();
        }
        return office;
    }

    private static String household(String id, String unit, String moveInDate) {
        return """
                {"householdId":"%s","building":"3","unit":"%s","floor":12,"occupied":true,"moveInDate":"%s",
                 "keyResidentFlags":["DISABLED"],"preferredChannel":"SMS","declinedChannels":["VISIT"],
                 "residents":[{"role":"OWNER","name":"Wang Jianguo","phone":"13800000000"}]}"""
                .formatted(id, unit, moveInDate);
    }

    /** {@code rows} occupied households on building 3, with made-up names and phones that appear nowhere else. */
    private static String csv(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("%s-%d,3,%d,%d,true,2024-05-01,%s,PHONE,SMS,Resident %s %d,139%08d\n"
                               .formatted(prefix, i, 1000 + i, i / 10, i % 7 == 0 ? "DISABLED" : "", prefix, i, i));
        }
        return csv.toString();
    }

    @Test
    void an_office_is_registered_and_refusals_name_the_problem() {
        String office = office();

        post("/api/offices", """
                {"officeId":"%s","company":"c","name":"n","region":"cn-mainland"}""".formatted(office))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_ALREADY_REGISTERED");
        post("/api/offices", """
                {"officeId":"office-x","company":"c","name":"n","region":"cn-mainland","timeZone":"Mars/Olympus"}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("timeZone");
        post("/api/offices/" + office + "/departments", "{\"departmentId\":\"repairs\",\"name\":\"R\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_DEPARTMENT_EXISTS");
        post("/api/offices/" + office + "/buildings/3/units", """
                {"units":[{"number":"1201","floor":12},{"number":"1202","floor":12}]}""")
                .expectStatus().isAccepted();
        post("/api/offices/" + office + "/buildings/3/units", """
                {"units":[{"number":"1202","floor":12}]}""")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_UNIT_EXISTS").jsonPath("$.unit").isEqualTo("1202");
    }

    @Test
    void an_unknown_office_is_a_404_and_nothing_is_written() {
        long before = allEvents();

        post("/api/offices/office-nowhere/departments", "{\"departmentId\":\"d\",\"name\":\"D\"}")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        post("/api/offices/office-nowhere/households", household("h-nowhere", "101", "2024-05-01"))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        post("/api/offices/office-nowhere/staff", """
                {"staffId":"s-nowhere","name":"Li","department":"repairs","roles":["CLERK"]}""")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        importFile("office-nowhere", csv("nowhere", 2))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");

        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void staff_need_a_department_of_their_office_and_roles_from_the_list() {
        String office = office();
        long before = allEvents();

        post("/api/offices/" + office + "/staff", """
                {"staffId":"s-%s","name":"Li Wei","department":"gardening","roles":["CLERK"]}"""
                .formatted(office))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("STAFF_UNKNOWN_DEPARTMENT")
                .jsonPath("$.field").isEqualTo("department").jsonPath("$.department").isEqualTo("gardening");
        post("/api/offices/" + office + "/staff", """
                {"staffId":"s-%s","name":"Li Wei","department":"repairs","roles":["CLERK","WIZARD"]}"""
                .formatted(office))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("roles[1]")
                .jsonPath("$.errors[0].rule").isEqualTo("OneOf");
        assertThat(allEvents()).isEqualTo(before);

        String staff = "s-" + office;
        post("/api/offices/" + office + "/staff", """
                {"staffId":"%s","name":"Li Wei","department":"repairs","roles":["REPAIR_LEAD"]}"""
                .formatted(staff))
                .expectStatus().isCreated().expectHeader().valueEquals("Location", "/api/staff/" + staff);
        post("/api/staff/" + staff + "/leave", "{\"leftOn\":\"2026-01-31\"}").expectStatus().isAccepted();
        post("/api/staff/" + staff + "/roles", "{\"roles\":[\"CLERK\"]}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("STAFF_HAS_LEFT");
        post("/api/staff/nobody/roles", "{\"roles\":[\"CLERK\"]}")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("STAFF_NOT_FOUND");
    }

    @Test
    void a_move_in_date_in_the_future_and_a_taken_unit_are_refused_naming_the_problem_and_nothing_changes() {
        String office = office();
        String first = "h-" + office + "-a";
        post("/api/offices/" + office + "/households", household(first, "1203", "2024-05-01"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/households/" + first)
                .expectHeader().valueEquals("ETag", "\"0\"");
        Document unit = database.getCollection(MongoHouseholdRegister.UNITS)
                                .find(Filters.eq("_id", MongoHouseholdRegister.unitKey(
                                        new OfficeId(office), new UnitAddress(new BuildingId("3"), "1203"))))
                                .first();
        assertThat(unit.getBoolean("confirmed")).as("confirmed in the registration's own unit of work").isTrue();
        long before = allEvents();

        post("/api/offices/" + office + "/households", household("h-" + office + "-b", "1204", "2999-01-01"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("REGISTRY_DATE_IN_THE_FUTURE")
                .jsonPath("$.field").isEqualTo("moveInDate");
        post("/api/offices/" + office + "/households", household("h-" + office + "-c", "1203", "2024-05-01"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_UNIT_TAKEN")
                .jsonPath("$.building").isEqualTo("3").jsonPath("$.unit").isEqualTo("1203");
        post("/api/offices/" + office + "/households", household(first, "1205", "2024-05-01"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_ALREADY_REGISTERED");
        post("/api/offices/" + office + "/households",
             household("h-" + office + "-d", "1206", "2024-05-01").replace("\"SMS\"", "\"CARRIER_PIGEON\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("preferredChannel");

        assertThat(allEvents()).isEqualTo(before);
        // the refused registration reserved nothing
        post("/api/offices/" + office + "/households", household("h-" + office + "-b", "1204", "2024-05-01"))
                .expectStatus().isCreated();
    }

    @Test
    void an_import_with_one_bad_row_imports_nothing_and_names_the_rows_line_and_reason() {
        String office = office();
        String file = csv(office, 20);
        String badDate = file.replace(office + "-5,3,1005,0,true,2024-05-01", office + "-5,3,1005,0,true,2999-05-01");
        String badUnit = file.replace(office + "-7,3,1007,", office + "-7,3,1003,");
        String badSyntax = file.replace(office + "-9,3,1009,0,true", office + "-9,3,1009,0,maybe");
        long before = allEvents();

        importFile(office, badDate)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_IMPORT_REJECTED")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].line").isEqualTo(7)
                .jsonPath("$.errors[0].field").isEqualTo("moveInDate")
                .jsonPath("$.errors[0].rule").isEqualTo("NotInFuture");
        importFile(office, badUnit)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].line").isEqualTo(9)
                .jsonPath("$.errors[0].rule").isEqualTo("UniqueInFile")
                .jsonPath("$.errors[0].message").isEqualTo("unit 1003 of building 3 is also on line 5");
        importFile(office, badSyntax)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].line").isEqualTo(11)
                .jsonPath("$.errors[0].field").isEqualTo("occupied")
                .jsonPath("$.errors[0].rule").isEqualTo("Boolean");

        assertThat(allEvents()).isEqualTo(before);
        // the refused files reserved nothing
        importFile(office, file).expectStatus().isAccepted();
    }

    @Test
    void an_import_is_sent_as_csv_never_names_who_imports_it_and_fits_the_size_limit() {
        String office = office();

        web.post().uri("/api/offices/" + office + "/households/import")
           .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
           .expectStatus().isEqualTo(415)
           .expectBody().jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        web.post().uri("/api/offices/" + office + "/households/import?by=clerk-1").contentType(CSV)
           .bodyValue(csv(office, 1).getBytes(StandardCharsets.UTF_8)).exchange()
           .expectStatus().isBadRequest()
           .expectBody().jsonPath("$.errors[0].field").isEqualTo("by");
        byte[] tooLarge = new byte[HouseholdCsv.MAX_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'x');
        importFile(office, new String(tooLarge, StandardCharsets.US_ASCII))
                .expectStatus().isEqualTo(413);
        importFile(office, "householdId,building,unit,occupied\n")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].rule").isEqualTo("NotEmpty");
    }

    @Test
    void a_good_file_is_imported_at_once_and_the_same_file_again_changes_nothing() {
        String office = office();
        String file = csv(office, 300);
        long before = allEvents();

        Map<?, ?> first = importFile(office, file)
                .expectStatus().isAccepted()
                .expectHeader().valueEquals("Location", "/api/offices/" + office + "/households")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(first.get("households")).isEqualTo(300);
        assertThat(first.get("occupied")).isEqualTo(300);
        assertThat(first.get("alreadyImported")).isEqualTo(false);
        assertThat(first.get("officeId")).isEqualTo(office);
        assertThat(allEvents()).as("one event for the whole file").isEqualTo(before + 1);

        Map<?, ?> again = importFile(office, file)
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("alreadyImported")).isEqualTo(true);
        assertThat(again).extracting(answer -> answer.get("importId"), answer -> answer.get("importedAt"),
                                     answer -> answer.get("households"))
                         .containsExactly(first.get("importId"), first.get("importedAt"), 300);
        assertThat(allEvents()).isEqualTo(before + 1);

        importFile(office, csv(office, 301))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errorCount").isEqualTo(600)
                .jsonPath("$.errors[0].rule").isEqualTo("NotRegistered");
        post("/api/offices/" + office + "/households", household(office + "-0", "2000", "2024-05-01"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_ALREADY_REGISTERED");
        post("/api/offices/" + office + "/households", household("h-" + office, "1000", "2024-05-01"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_UNIT_TAKEN");
    }

    @Test
    void an_imported_household_changes_like_any_other() {
        String office = office();
        importFile(office, csv(office, 3)).expectStatus().isAccepted();
        String household = office + "-1";

        post("/api/households/" + household + "/move-out", "{\"movedOutOn\":\"2026-01-15\"}")
                .expectStatus().isAccepted()
                .expectHeader().valueEquals("ETag", "\"1\"");
        post("/api/households/" + household + "/move-out", "{\"movedOutOn\":\"2026-01-16\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_ALREADY_VACANT");
        web.post().uri("/api/households/" + household + "/key-resident-flags").contentType(MediaType.APPLICATION_JSON)
           .header("If-Match", "\"0\"").bodyValue("{\"keyResidentFlags\":[]}").exchange()
           .expectStatus().isEqualTo(412)
           .expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION");
        post("/api/households/nobody/move-out", "{\"movedOutOn\":\"2026-01-15\"}")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("HOUSEHOLD_NOT_FOUND");
    }

    @Test
    void no_stored_event_holds_a_residents_name_or_phone_in_clear_text() {
        String office = office();
        importFile(office, csv(office, 50)).expectStatus().isAccepted();
        String household = "h-" + office;
        post("/api/offices/" + office + "/households", household(household, "1203", "2024-05-01"))
                .expectStatus().isCreated();
        post("/api/households/" + household + "/residents", """
                {"residents":[{"name":"Zhao Min","phone":"13700000001"}]}""")
                .expectStatus().isAccepted();

        List<String> payloads = new ArrayList<>();
        database.getCollection("events").find().forEach(commit -> commit.getList("events", Document.class)
                .forEach(event -> payloads.add(event.getString("payload") + event.getString("metaData"))));
        assertThat(payloads).anyMatch(payload -> payload.contains("HouseholdsImported") || payload.contains(office));
        List<String> personalData = new ArrayList<>(List.of("Wang Jianguo", "13800000000", "Zhao Min", "13700000001"));
        for (int i = 0; i < 50; i++) {
            personalData.add("Resident " + office + " " + i);
            personalData.add("139%08d".formatted(i));
        }
        for (String payload : payloads) {
            assertThat(personalData).noneMatch(payload::contains);
        }
    }
}
