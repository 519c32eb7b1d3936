package com.propcare.command.policy;

import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import com.propcare.command.CommandSideApplication;
import com.propcare.command.calendar.WorkingCalendar;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintRegistered;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Versioned policies over HTTP against the real embedded store, and the deadlines they give complaints. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class PolicyApiTest {

    private static final String THREE_WORKING_DAYS_TO_REPLY = """
            {"document":{"complaints":{"firstReply":{"amount":3,"unit":"WORKING_DAYS"}}}}""";

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    EventStore events;
    @Autowired
    WorkingCalendar calendar;

    /** This capability's events: triggers of other capabilities may append theirs at any moment. */
    private long allEvents() {
        return engine.readEvents(null, false)
                     .filter(event -> event.getPayloadType().getPackageName().equals("com.propcare.events.policy"))
                     .count();
    }

    private WebTestClient.ResponseSpec post(String uri, String body) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String registeredOffice() {
        String office = "office-" + System.nanoTime();
        post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland"}""".formatted(office)).expectStatus().isCreated();
        return office;
    }

    private Map<?, ?> adopt(String office, String body) {
        return post("/api/offices/" + office + "/policies", body).expectStatus().isCreated()
                                                                  .expectBody(Map.class).returnResult()
                                                                  .getResponseBody();
    }

    private ComplaintRegistered register(String office, Instant receivedAt) {
        TestOffice registered = TestOffice.register(web, office);
        String id = post("/api/complaints", """
                {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"CLEANING",
                 "summary":"Corridor not cleaned","receivedAt":"%s","receivedBy":"%s"}"""
                .formatted(office, registered.household(), receivedAt, registered.clerk()))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
        return (ComplaintRegistered) events.readEvents(id).next().getPayload();
    }

    @Test
    void the_defaults_hold_every_policy_value() {
        web.get().uri("/api/policies/defaults").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.complaints.firstReply.amount").isEqualTo(1)
           .jsonPath("$.complaints.firstReply.unit").isEqualTo("WORKING_DAYS")
           .jsonPath("$.complaints.repeatSpecialMeasures.amount").isEqualTo(24)
           .jsonPath("$.callbacks.kinds.length()").isEqualTo(12)
           .jsonPath("$.callbacks.kinds.PAID_SERVICE.targetRatePercent").isEqualTo(90)
           .jsonPath("$.callbacks.sampling.bands.length()").isEqualTo(4)
           .jsonPath("$.callbacks.sampling.rounding").isEqualTo("UP")
           .jsonPath("$.callbacks.roleShares[2].percent").isEqualTo(60)
           .jsonPath("$.visits.supervisorMonthlyShare[3].percent").isEqualTo(7)
           .jsonPath("$.surveys.collectionWindow.amount").isEqualTo(15)
           .jsonPath("$.surveys.categories.length()").isEqualTo(9)
           .jsonPath("$.surveys.surveyed").isEqualTo("ALL_OCCUPIED");
    }

    @Test
    void an_adoption_is_the_next_version_and_keeps_the_defaults_for_what_it_leaves_out() {
        String office = registeredOffice();

        post("/api/offices/" + office + "/policies", THREE_WORKING_DAYS_TO_REPLY)
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/offices/" + office + "/policies")
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody()
                .jsonPath("$.version").isEqualTo(office + ":v1")
                .jsonPath("$.number").isEqualTo(1);

        web.get().uri("/api/offices/" + office + "/policies").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.versions.length()").isEqualTo(1)
           .jsonPath("$.versions[0].version").isEqualTo(office + ":v1")
           .jsonPath("$.versions[0].adoptedBy").isEqualTo(TestUsers.TESTER)
           .jsonPath("$.versions[0].document.complaints.firstReply.amount").isEqualTo(3)
           .jsonPath("$.versions[0].document.complaints.remedyAnswer.amount").isEqualTo(3)
           .jsonPath("$.versions[0].document.callbacks.kinds.COMPLAINT.targetRatePercent").isEqualTo(100);
        web.get().uri("/api/offices/" + office + "/policies/in-force").exchange()
           .expectStatus().isOk()
           .expectBody().jsonPath("$.version").isEqualTo(office + ":v1").jsonPath("$.defaults").isEqualTo(false);
        web.get().uri("/api/offices/" + office + "/policies/in-force?at=2026-01-01T00:00").exchange()
           .expectStatus().isOk()
           .expectBody().jsonPath("$.version").isEqualTo(office + ":default").jsonPath("$.defaults").isEqualTo(true)
           .jsonPath("$.document.complaints.firstReply.amount").isEqualTo(1);
    }

    @Test
    void a_complaint_received_before_the_change_keeps_the_old_deadline_and_one_received_after_gets_the_new() {
        String office = registeredOffice();
        Instant effectiveFrom = Instant.parse(adopt(office, THREE_WORKING_DAYS_TO_REPLY).get("effectiveFrom")
                                                                                        .toString());
        Instant before = effectiveFrom.minusSeconds(6 * 3600);

        ComplaintRegistered old = register(office, before);
        ComplaintRegistered changed = register(office, effectiveFrom);

        assertThat(old.policy().value()).isEqualTo(office + ":default");
        assertThat(old.firstReplyDue())
                .isEqualTo(calendar.forOffice(new OfficeId(office)).plusWorkingDays(before, 1));
        assertThat(changed.policy().value()).isEqualTo(office + ":v1");
        assertThat(changed.firstReplyDue())
                .isEqualTo(calendar.forOffice(new OfficeId(office)).plusWorkingDays(effectiveFrom, 3));
    }

    @Test
    void a_version_taking_effect_before_the_latest_is_a_409_and_stores_nothing() {
        String office = registeredOffice();
        Instant later = Instant.now().plusSeconds(10 * 86_400);
        adopt(office, "{\"effectiveFrom\":\"%s\"}".formatted(later));
        long before = allEvents();

        post("/api/offices/" + office + "/policies",
             "{\"effectiveFrom\":\"%s\"}".formatted(later.minusSeconds(86_400)))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("POLICY_EFFECTIVE_BEFORE_LATEST")
                .jsonPath("$.latestVersion").isEqualTo(office + ":v1");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void an_unregistered_office_cannot_adopt_a_policy() {
        long before = allEvents();

        post("/api/offices/office-unknown/policies", THREE_WORKING_DAYS_TO_REPLY)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
        assertThat(allEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badAdoptions() {
        return Stream.of(
                Arguments.of("a zero deadline", document("{\"complaints\":{\"firstReply\":{\"amount\":0}}}"), 422,
                             "POLICY_INVALID", "document.complaints.firstReply.amount", "Positive"),
                Arguments.of("a negative deadline",
                             document("{\"callbacks\":{\"kinds\":{\"LEAK_REPAIR\":{\"due\":{\"amount\":-1}}}}}"), 422,
                             "POLICY_INVALID", "document.callbacks.kinds.LEAK_REPAIR.due.amount", "Positive"),
                Arguments.of("a rate above 100 %",
                             document("{\"callbacks\":{\"kinds\":{\"COMPLAINT\":{\"targetRatePercent\":120}}}}"), 422,
                             "POLICY_INVALID", "document.callbacks.kinds.COMPLAINT.targetRatePercent", "Percent"),
                Arguments.of("a rate below 0 %", document("{\"surveys\":{\"returnRateThresholdPercent\":-1}}"), 422,
                             "POLICY_INVALID", "document.surveys.returnRateThresholdPercent", "Percent"),
                Arguments.of("sampling bands with a gap", sampling(1, 19, 21, 50, 51, 100, 101), 422, "POLICY_INVALID",
                             "document.callbacks.sampling.bands[1].from", "Gap"),
                Arguments.of("sampling bands that overlap", sampling(1, 19, 20, 50, 50, 100, 101), 422,
                             "POLICY_INVALID", "document.callbacks.sampling.bands[2].from", "Overlap"),
                Arguments.of("sampling bands not starting at 1", sampling(5, 19, 20, 50, 51, 100, 101), 422,
                             "POLICY_INVALID", "document.callbacks.sampling.bands[0].from", "StartsAtOne"),
                Arguments.of("visit quota bands with a gap", document("""
                        {"visits":{"supervisorMonthlyShare":[{"from":1,"to":300,"percent":4},
                          {"from":400,"to":500,"percent":5},{"from":501,"to":null,"percent":6}]}}"""), 422,
                             "POLICY_INVALID", "document.visits.supervisorMonthlyShare[1].from", "Gap"),
                Arguments.of("visit quota bands with a closed end", document("""
                        {"visits":{"supervisorMonthlyShare":[{"from":1,"to":300,"percent":4}]}}"""), 422,
                             "POLICY_INVALID", "document.visits.supervisorMonthlyShare[0].to", "EndsOpen"),
                Arguments.of("an effective date in the past",
                             "{\"effectiveFrom\":\"2020-01-01T00:00:00Z\"}", 422,
                             "POLICY_RETROACTIVE", "effectiveFrom", null),
                Arguments.of("an unknown unit", document("{\"complaints\":{\"firstReply\":{\"unit\":\"WEEKS\"}}}"),
                             400, "VALIDATION_FAILED", "document.complaints.firstReply.unit", "Format"),
                Arguments.of("an unknown field", document("{\"complaints\":{\"firstReplyWithin\":2}}"), 400,
                             "VALIDATION_FAILED", "document.complaints.firstReplyWithin", "Format"),
                Arguments.of("an unknown callback kind", document("{\"callbacks\":{\"kinds\":{\"PIGEON\":{}}}}"), 400,
                             "VALIDATION_FAILED", "document.callbacks.kinds", "Format"),
                Arguments.of("a document that is not an object", "{\"document\":5}", 400,
                             "VALIDATION_FAILED", "document", "Object"),
                Arguments.of("an author named in the body", "{\"document\":{},\"by\":\"admin-1\"}", 400,
                             "MALFORMED_REQUEST", "by", "Unknown"),
                Arguments.of("a date that is not a date", "{\"effectiveFrom\":\"soon\"}", 400,
                             "MALFORMED_REQUEST", null, null));
    }

    private static String document(String document) {
        return "{\"document\":" + document + "}";
    }

    private static String sampling(int from0, int to0, int from1, int to1, int from2, int to2, int from3) {
        return document("""
                {"callbacks":{"sampling":{"bands":[{"from":%d,"to":%d,"sample":"FIXED","amount":5},
                  {"from":%d,"to":%d,"sample":"PERCENT","amount":30},{"from":%d,"to":%d,"sample":"PERCENT","amount":15},
                  {"from":%d,"to":null,"sample":"FIXED","amount":20}]}}}""".formatted(from0, to0, from1, to1, from2,
                                                                                      to2, from3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAdoptions")
    void a_bad_adoption_is_a_problem_naming_the_field_and_stores_nothing(String name, String body, int status,
                                                                         String code, String field, String rule) {
        String office = registeredOffice();
        long before = allEvents();

        WebTestClient.BodyContentSpec problem = post("/api/offices/" + office + "/policies", body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
        if (rule != null) {
            problem.jsonPath("$.errors[0].field").isEqualTo(field).jsonPath("$.errors[0].rule").isEqualTo(rule);
        } else if (field != null) {
            problem.jsonPath("$.field").isEqualTo(field);
        }
        assertThat(allEvents()).isEqualTo(before);
        web.get().uri("/api/offices/" + office + "/policies").exchange()
           .expectStatus().isOk().expectBody().jsonPath("$.versions.length()").isEqualTo(0);
    }
}
