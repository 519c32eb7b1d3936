package com.propcare.command.complaint;

import com.propcare.access.Role;
import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import com.propcare.command.CommandSideApplication;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.EscalationLevel;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = {CommandSideApplication.class, ComplaintCommandApiTest.SecondInstance.class},
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class ComplaintCommandApiTest {

    private static final String VALID = """
            {"officeId":"office-1","channel":"PHONE","householdId":"%s","category":"CLEANING",
             "summary":"Corridor not cleaned","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"%s",
             "complainantName":"Wang","complainantPhone":"13800000000"}""";

    @Autowired
    WebTestClient web;
    @Autowired
    EventStore events;
    @Autowired
    EventStorageEngine engine;
    private TestOffice office;

    @BeforeEach
    void office() {
        office = TestOffice.register(web, "office-1");
    }

    private String validBody() {
        return VALID.formatted(office.household(), office.clerk());
    }

    private String register() {
        return web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(validBody())
                  .exchange().expectStatus().isCreated()
                  .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private long eventsOf(String complaint) {
        return events.readEvents(complaint).asStream().count();
    }

    /** This capability's events: triggers of other capabilities may append theirs at any moment. */
    private long allEvents() {
        return engine.readEvents(null, false)
                     .filter(event -> event.getPayloadType().getPackageName().equals("com.propcare.events.complaint"))
                     .count();
    }

    private WebTestClient.ResponseSpec post(String path, String body, String ifMatch) {
        WebTestClient.RequestBodySpec request = web.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.bodyValue(body).exchange();
    }

    @Test
    void registering_answers_201_with_where_to_read_it_its_number_and_its_version() {
        web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(validBody())
           .exchange()
           .expectStatus().isCreated()
           .expectHeader().valueMatches("Location", "/api/complaints/[0-9a-f-]{36}")
           .expectHeader().valueEquals("ETag", "\"0\"")
           .expectBody()
           .jsonPath("$.number").value(number -> assertThat(number.toString()).matches("TS-\\d{4}-\\d{6}"))
           .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_gets_the_first_answer_and_writes_nothing() {
        String body = validBody();
        Map<?, ?> first = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                             .header("Idempotency-Key", "retry-1").bodyValue(body).exchange()
                             .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        long before = allEvents();

        Map<?, ?> second = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                              .header("Idempotency-Key", "retry-1").bodyValue(body).exchange()
                              .expectStatus().isCreated()
                              .expectHeader().valueEquals("Idempotent-Replayed", "true")
                              .expectHeader().valueEquals("Location", "/api/complaints/" + first.get("id"))
                              .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first);
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_with_422_and_changes_nothing() {
        web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
           .header("Idempotency-Key", "reused-1").bodyValue(validBody()).exchange().expectStatus().isCreated();
        long before = allEvents();

        web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
           .header("Idempotency-Key", "reused-1").bodyValue(validBody()).exchange()
           .expectStatus().isEqualTo(422)
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(allEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badRegistrations() {
        String ok = VALID.formatted("h-1", "clerk-office-1");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"officeId\": ", null, null),
                Arguments.of("missing summary", ok.replace("\"summary\":\"Corridor not cleaned\",", ""),
                             "summary", "NotBlank"),
                Arguments.of("blank office", ok.replace("\"office-1\"", "\"  \""), "officeId", "NotBlank"),
                Arguments.of("unknown channel", ok.replace("\"PHONE\"", "\"PIGEON\""), "channel", "OneOf"),
                Arguments.of("unknown category", ok.replace("\"CLEANING\"", "\"WEATHER\""), "category", "OneOf"),
                Arguments.of("received in the future", ok.replace("2026-11-20T08:00:00Z", "2999-01-01T00:00:00Z"),
                             "receivedAt", "PastOrPresent"),
                Arguments.of("summary over 2000 characters",
                             ok.replace("Corridor not cleaned", "x".repeat(2001)), "summary", "Size"),
                Arguments.of("not a date", ok.replace("2026-11-20T08:00:00Z", "yesterday"), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void bad_input_gets_a_400_problem_naming_the_field_and_rule_and_writes_nothing(String name, String body,
                                                                                   String field, String rule) {
        long before = allEvents();

        WebTestClient.BodyContentSpec problem = post("/api/complaints", body, null)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        if (field == null) {
            problem.jsonPath("$.code").isEqualTo("MALFORMED_REQUEST");
        } else {
            problem.jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                   .jsonPath("$.errors[?(@.field == '%s')].rule".formatted(field)).isEqualTo(rule);
        }
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void an_unknown_complaint_is_a_404_problem() {
        post("/api/complaints/does-not-exist/verify", "{\"findings\":\"f\",\"proposedHandling\":\"p\"}",
             null)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("COMPLAINT_NOT_FOUND");
    }

    @Test
    void a_transition_out_of_order_is_a_409_naming_the_current_state_and_writes_nothing() {
        String id = register();

        post("/api/complaints/" + id + "/dispatch", "{\"department\":\"cleaning\"}", null)
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("COMPLAINT_ILLEGAL_TRANSITION")
                .jsonPath("$.currentState").isEqualTo("REGISTERED");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void a_stale_if_match_is_a_412_and_the_current_version_is_accepted() {
        String id = register();
        String verify = "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}";
        post("/api/complaints/" + id + "/verify", verify, "\"0\"")
                .expectStatus().isAccepted().expectHeader().valueEquals("ETag", "\"1\"");

        post("/api/complaints/" + id + "/classify", "{\"severity\":\"MAJOR\",\"responsibility\":\"OWN\"}",
             "\"0\"")
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION").jsonPath("$.currentVersion").isEqualTo(1);
        assertThat(eventsOf(id)).isEqualTo(2);

        post("/api/complaints/" + id + "/classify", "{\"severity\":\"MAJOR\",\"responsibility\":\"OWN\"}",
             "\"1\"")
                .expectStatus().isAccepted().expectHeader().valueEquals("ETag", "\"2\"");
    }

    @Test
    void a_duplicate_sent_while_the_first_request_is_still_running_is_a_409_and_the_first_completes()
            throws Exception {
        String id = register();
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ((ConflictInjectingStorageEngine) engine).holdNextAppend(id, arrived, release);
        String verify = "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}";
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> web.post().uri("/api/complaints/" + id + "/verify").contentType(MediaType.APPLICATION_JSON)
                         .header("Idempotency-Key", "slow-1").bodyValue(verify).exchange()
                         .returnResult(String.class).getStatus().value());
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

        web.post().uri("/api/complaints/" + id + "/verify").contentType(MediaType.APPLICATION_JSON)
           .header("Idempotency-Key", "slow-1").bodyValue(verify).exchange()
           .expectStatus().isEqualTo(409)
           .expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS");
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(202);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void an_append_that_loses_the_race_against_another_instance_is_a_409_and_only_the_winner_is_stored() {
        String id = register();
        ((ConflictInjectingStorageEngine) engine).competeOnNextAppend(id, ours -> new GenericDomainEventMessage<>(
                ours.getType(), id, ours.getSequenceNumber(),
                new ComplaintEscalated(new ComplaintId(id), EscalationLevel.OFFICE_DIRECTOR, "other instance",
                                       Instant.parse("2026-11-20T09:00:00Z"), new StaffId("director-1"))));

        post("/api/complaints/" + id + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}",
             null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("CONCURRENT_MODIFICATION");

        assertThat(events.readEvents(id).asStream().map(event -> event.getPayload().getClass().getSimpleName()))
                .containsExactly("ComplaintRegistered", "ComplaintEscalated");
    }

    @Test
    void fifty_parallel_transitions_with_the_same_if_match_give_one_success_and_412s_and_no_gap() {
        String id = register();
        String verify = "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}";
        List<Integer> statuses = IntStream.range(0, 50).parallel()
                                          .mapToObj(i -> post("/api/complaints/" + id + "/verify", verify, "\"0\"")
                                                  .returnResult(String.class).getStatus().value())
                                          .toList();

        assertThat(statuses).filteredOn(status -> status == 202).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 412).hasSize(49);
        assertThat(events.readEvents(id).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L);
    }

    @Test
    void a_weak_etag_never_matches_and_an_ending_transition_without_if_match_is_a_428() {
        String id = register();
        post("/api/complaints/" + id + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}",
             "W/\"0\"")
                .expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("WEAK_ETAG");
        String invalid = "{\"explanation\":\"not ours\"}";
        post("/api/complaints/" + id + "/declare-invalid", invalid, null)
                .expectStatus().isEqualTo(428)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("IF_MATCH_REQUIRED").jsonPath("$.status").isEqualTo(428);
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void the_same_key_and_body_five_times_get_the_identical_answer_and_one_event() {
        String body = validBody();
        long before = allEvents();
        List<String> answers = IntStream.range(0, 5).mapToObj(i -> {
            var result = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                            .header("Idempotency-Key", "five-times").bodyValue(body).exchange()
                            .expectStatus().isCreated().expectBody(String.class).returnResult();
            return result.getResponseHeaders().getLocation() + " " + result.getResponseHeaders().getETag() + " "
                    + result.getResponseBody();
        }).toList();

        assertThat(answers).containsOnly(answers.get(0));
        assertThat(allEvents()).isEqualTo(before + 1);
    }

    @Test
    void ten_concurrent_requests_with_one_key_give_one_success_and_409s() throws Exception {
        String id = register();
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ((ConflictInjectingStorageEngine) engine).holdNextAppend(id, arrived, release);
        String verify = "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}";
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> verifyWithKey(id, verify, "ten-1"));
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

        List<Integer> duplicates = IntStream.range(0, 9).parallel().mapToObj(i -> verifyWithKey(id, verify, "ten-1"))
                                            .toList();
        release.countDown();

        assertThat(duplicates).containsOnly(409);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(202);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    private int verifyWithKey(String id, String body, String key) {
        return web.post().uri("/api/complaints/" + id + "/verify").contentType(MediaType.APPLICATION_JSON)
                  .header("Idempotency-Key", key).bodyValue(body).exchange().returnResult(String.class).getStatus()
                  .value();
    }

    @Test
    void another_users_identical_key_is_another_key_and_never_sees_the_first_answer() {
        String body = validBody();
        Map<?, ?> clerks = registerAs(TestUsers.user(Role.CLERK, "office-1"), "shared-key", body)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        Map<?, ?> supervisors = registerAs(TestUsers.user(Role.SUPERVISOR, "office-1"), "shared-key", body)
                .expectStatus().isCreated().expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(supervisors.get("id")).isNotEqualTo(clerks.get("id"));

        registerAs(TestUsers.user(Role.CLERK, "office-2"), "shared-key", body)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND").jsonPath("$.id").doesNotExist();
    }

    private WebTestClient.ResponseSpec registerAs(String user, String key, String body) {
        return web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                  .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(user))
                  .header("Idempotency-Key", key).bodyValue(body).exchange();
    }

    @Test
    void fields_a_caller_may_not_set_are_refused_and_change_nothing() {
        long before = allEvents();
        for (String field : List.of("\"status\":\"CLOSED\"", "\"createdBy\":\"someone\"", "\"version\":7",
                                    "\"number\":\"TS-2026-000001\"", "\"complaintId\":\"mine\"")) {
            web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
               .bodyValue(validBody().replaceFirst("\\{", "{" + field + ","))
               .exchange().expectStatus().isBadRequest()
               .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        String id = register();
        post("/api/complaints/" + id + "/verify",
             "{\"findings\":\"seen\",\"proposedHandling\":\"clean\",\"officeId\":\"office-2\"}", null)
                .expectStatus().isBadRequest();
        assertThat(allEvents()).isEqualTo(before + 1);
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void a_complaint_walks_its_lifecycle_to_a_reported_result_over_http() {
        String id = register();
        String base = "/api/complaints/" + id;
        post(base + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}", null)
                .expectStatus().isAccepted();
        post(base + "/first-reply", "{\"content\":\"We are on it\"}", null)
                .expectStatus().isAccepted();
        post(base + "/classify", "{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}", null)
                .expectStatus().isAccepted();
        office.as(office.director()).post().uri(base + "/decide-handling").contentType(MediaType.APPLICATION_JSON)
              .bodyValue("{\"department\":\"cleaning\",\"handlingMethod\":\"re-clean\"}").exchange()
              .expectStatus().isAccepted();
        post(base + "/dispatch", "{\"department\":\"cleaning\"}", null).expectStatus().isAccepted();
        post(base + "/acknowledge-dispatch", "{}", null).expectStatus().isAccepted();
        post(base + "/remedial-actions", "{\"description\":\"cleaned twice\"}", null)
                .expectStatus().isAccepted();
        post(base + "/report-result", "{\"result\":\"clean now\"}", null)
                .expectStatus().isAccepted();

        assertThat(events.readEvents(id).asStream().map(event -> event.getPayload().getClass().getSimpleName()))
                .endsWith("HandlingResultReported");
        post(base + "/verify", "{\"findings\":\"again\",\"proposedHandling\":\"x\"}", null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentState").isEqualTo("RESULT_REPORTED");
    }

    @Test
    void a_body_that_names_who_acts_is_refused_with_400_naming_the_field_and_writes_nothing() {
        String id = register();
        post("/api/complaints/" + id + "/verify",
             "{\"findings\":\"seen\",\"proposedHandling\":\"clean\",\"by\":\"" + office.director() + "\"}", null)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST")
                .jsonPath("$.errors[0].field").isEqualTo("by");
        post("/api/complaints/" + id + "/verify?by=" + office.director(),
             "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}", null)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("by");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void the_signed_in_user_is_recorded_as_who_acted() {
        String id = register();
        office.as(office.clerk()).post().uri("/api/complaints/" + id + "/verify")
              .contentType(MediaType.APPLICATION_JSON)
              .bodyValue("{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}").exchange()
              .expectStatus().isAccepted();

        var verified = events.readEvents(id).asStream().reduce((first, second) -> second).orElseThrow();
        assertThat(((ComplaintVerified) verified.getPayload()).verifiedBy()).isEqualTo(new StaffId(office.clerk()));
        assertThat(verified.getMetaData().get("user")).isEqualTo(office.clerk());
    }

    static Stream<Arguments> unknownReferences() {
        return Stream.of(Arguments.of("\"officeId\":\"office-1\"", "\"officeId\":\"office-zzz\"", "officeId",
                                      "REFERENCE_OFFICE_UNKNOWN"),
                         Arguments.of("\"householdId\":\"", "\"householdId\":\"h-nonexistent-", "householdId",
                                      "REFERENCE_HOUSEHOLD_UNKNOWN"),
                         Arguments.of("\"receivedBy\":\"", "\"receivedBy\":\"nobody-", "receivedBy",
                                      "REFERENCE_STAFF_UNKNOWN"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("unknownReferences")
    void a_registration_naming_what_does_not_exist_is_refused_with_422_naming_the_field_and_stores_nothing(
            String known, String unknown, String field, String code) {
        String body = validBody().replace(known, unknown);
        long before = registrations();

        post("/api/complaints", body, null)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.field").isEqualTo(field);

        assertThat(registrations()).isEqualTo(before);
    }

    private long registrations() {
        return engine.readEvents(null, false).filter(event -> event.getPayloadType() == ComplaintRegistered.class)
                     .count();
    }

    @Test
    void only_a_director_of_the_office_decides_the_handling_and_only_for_one_of_its_departments() {
        String id = register();
        String base = "/api/complaints/" + id;
        post(base + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}", null)
                .expectStatus().isAccepted();
        post(base + "/classify", "{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}", null)
                .expectStatus().isAccepted();
        String decision = "{\"department\":\"cleaning\",\"handlingMethod\":\"re-clean\"}";

        office.as(office.clerk()).post().uri(base + "/decide-handling").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(decision).exchange()
              .expectStatus().isEqualTo(422)
              .expectBody().jsonPath("$.code").isEqualTo("COMPLAINT_DECISION_NOT_BY_DIRECTOR")
              .jsonPath("$.staffId").isEqualTo(office.clerk());
        // an admin is not a director of the office either
        post(base + "/decide-handling", decision, null).expectStatus().isEqualTo(422);
        office.as(office.director()).post().uri(base + "/decide-handling").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(decision.replace("cleaning", "catering")).exchange()
              .expectStatus().isEqualTo(422)
              .expectBody().jsonPath("$.code").isEqualTo("REFERENCE_DEPARTMENT_UNKNOWN")
              .jsonPath("$.field").isEqualTo("department");
        assertThat(eventsOf(id)).isEqualTo(3);

        office.as(office.director()).post().uri(base + "/decide-handling").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(decision).exchange().expectStatus().isAccepted();
        assertThat(eventsOf(id)).isEqualTo(4);
    }

    @TestConfiguration
    static class SecondInstance {
        @Bean
        static BeanPostProcessor raceAgainstAnotherInstance() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof EventStorageEngine engine && !(bean instanceof ConflictInjectingStorageEngine)
                            ? new ConflictInjectingStorageEngine(engine) : bean;
                }
            };
        }
    }
}
