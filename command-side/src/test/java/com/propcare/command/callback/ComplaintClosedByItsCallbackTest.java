package com.propcare.command.callback;

import com.propcare.access.TestOffice;
import com.propcare.command.CommandSideApplication;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintReopened;
import com.propcare.events.registry.StaffRole;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole loop over HTTP: a complaint's reported result creates its callback obligation (performed by the
 * role the policy names for a general complaint); the callback's "not satisfied" reopens the complaint, the next
 * result creates the next callback, and its "satisfied" closes the complaint. A director's recorded decision is
 * the only other way to close it.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class ComplaintClosedByItsCallbackTest {

    @Autowired
    WebTestClient web;
    @Autowired
    EventStore events;

    private String reportedVersion;
    private TestOffice office;

    private WebTestClient.ResponseSpec confirm(String complaint, String body, String as) {
        return office.as(as).post().uri("/api/complaints/" + complaint + "/confirm")
                     .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, reportedVersion)
                     .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(String path, String body, String as) {
        return office.as(as).post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @BeforeEach
    void office() {
        office = TestOffice.register(web, "office-" + System.nanoTime());
    }

    /** Registers a general complaint and walks it to a reported result, each step by its person; answers its id. */
    private String resolvedComplaint() {
        String id = post("/api/complaints", """
                {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"CLEANING",
                 "summary":"Corridor not cleaned","receivedAt":"2026-11-20T08:00:00Z"}"""
                .formatted(office.id(), office.household()), office.clerk())
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
        String base = "/api/complaints/" + id;
        post(base + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}", office.clerk())
                .expectStatus().isAccepted();
        post(base + "/classify", "{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}", office.supervisor())
                .expectStatus().isAccepted();
        handleAndReport(base);
        return id;
    }

    private void handleAndReport(String base) {
        post(base + "/decide-handling", "{\"department\":\"customer-service\",\"handlingMethod\":\"re-clean\"}",
             office.director()).expectStatus().isAccepted();
        post(base + "/dispatch", "{\"department\":\"customer-service\"}", office.supervisor())
                .expectStatus().isAccepted();
        post(base + "/acknowledge-dispatch", "{}", office.clerk()).expectStatus().isAccepted();
        reportedVersion = post(base + "/report-result", "{\"result\":\"clean now\"}", office.clerk())
                .expectStatus().isAccepted().returnResult(Void.class).getResponseHeaders().getETag();
    }

    private Optional<CallbackScheduled> callback(String complaint, int sequence) {
        return events.readEvents("cb-" + complaint + "-" + sequence).asStream().map(event -> event.getPayload())
                     .filter(CallbackScheduled.class::isInstance).map(CallbackScheduled.class::cast).findFirst();
    }

    private boolean has(String complaint, Class<?> type) {
        return events.readEvents(complaint).asStream().anyMatch(event -> type.isInstance(event.getPayload()));
    }

    private long sequenceOfLast(String aggregate) {
        return events.readEvents(aggregate).asStream().reduce((first, second) -> second).orElseThrow()
                     .getSequenceNumber();
    }

    private String record(String result) {
        return """
                {"method":"PHONE","content":"Asked whether the corridor is clean now","result":"%s"}"""
                .formatted(result);
    }

    @Test
    void not_satisfied_reopens_the_next_result_calls_back_again_and_satisfied_closes() {
        String complaint = resolvedComplaint();
        int firstResult = (int) sequenceOfLast(complaint);
        await().atMost(Duration.ofSeconds(20)).until(() -> callback(complaint, firstResult).isPresent());
        CallbackScheduled first = callback(complaint, firstResult).orElseThrow();
        assertThat(first.performerRoles()).containsExactly(StaffRole.CUSTOMER_SERVICE_SUPERVISOR);
        assertThat(first.policy().value()).isEqualTo(office.id() + ":default");

        post("/api/callbacks/" + first.callbackId() + "/record", record("NOT_SATISFIED"), office.supervisor())
                .expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(20)).until(() -> has(complaint, ComplaintReopened.class));

        handleAndReport("/api/complaints/" + complaint);
        int secondResult = (int) sequenceOfLast(complaint);
        await().atMost(Duration.ofSeconds(20)).until(() -> callback(complaint, secondResult).isPresent());
        CallbackScheduled second = callback(complaint, secondResult).orElseThrow();
        assertThat(second.followUpOf()).isEqualTo(first.callbackId());

        post("/api/callbacks/" + second.callbackId() + "/record", record("SATISFIED"), office.supervisor())
                .expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(20)).until(() -> has(complaint, ComplaintClosed.class));
    }

    @Test
    void only_a_director_may_close_by_a_recorded_decision_and_only_once_the_callback_was_cancelled() {
        String complaint = resolvedComplaint();
        int result = (int) sequenceOfLast(complaint);
        await().atMost(Duration.ofSeconds(20)).until(() -> callback(complaint, result).isPresent());
        String callback = callback(complaint, result).orElseThrow().callbackId().value();
        String decision = """
                {"satisfied":true,"comment":"checked","directorDecision":"household abroad; checked on site"}""";

        confirm(complaint, decision, office.clerk())
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("COMPLAINT_DECISION_NOT_BY_DIRECTOR");
        confirm(complaint, decision, office.director())
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("COMPLAINT_CALLBACK_PENDING")
                .jsonPath("$.callbackId").isEqualTo(callback);
        assertThat(has(complaint, ComplaintClosed.class)).isFalse();

        office.as(office.supervisor()).post().uri("/api/callbacks/" + callback + "/cancellation")
              .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
              .bodyValue("{\"reason\":\"household abroad until next year\"}").exchange()
              .expectStatus().isAccepted();
        confirm(complaint, decision, office.director()).expectStatus().isAccepted();
        assertThat(has(complaint, ComplaintClosed.class)).isTrue();
    }
}
