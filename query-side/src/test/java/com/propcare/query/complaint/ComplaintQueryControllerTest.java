package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.Responsibility;
import com.propcare.query.support.QueryProblems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.propcare.query.complaint.ComplaintEvents.OFFICE;
import static com.propcare.query.complaint.ComplaintEvents.OTHER_OFFICE;
import static com.propcare.query.complaint.ComplaintEvents.REPAIRS;
import static com.propcare.query.complaint.InMemoryComplaintQuerySide.OFFICE_ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HTTP resources over the real query handlers, Axon's local query bus and the in-memory store. */
class ComplaintQueryControllerTest {

    private static final Instant RECEIVED = LocalDate.of(2026, 3, 2).atTime(9, 30).atZone(OFFICE_ZONE).toInstant();

    private final InMemoryComplaintQuerySide querySide = new InMemoryComplaintQuerySide(RECEIVED.plusSeconds(60));
    private final WebTestClient client = WebTestClient
            .bindToController(new ComplaintQueryController(querySide.queryGateway, querySide.clock))
            .controllerAdvice(new QueryProblems())
            .build();

    @AfterEach
    void stop() {
        querySide.close();
    }

    private ComplaintEvents registeredAndVerified() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .verified(RECEIVED.plusSeconds(30));
        querySide.project(complaint.events());
        return complaint;
    }

    @Test
    void a_complaint_is_served_with_its_version_as_a_strong_etag() {
        registeredAndVerified();

        client.get().uri("/api/complaints/c-1").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.id").isEqualTo("c-1")
                .jsonPath("$.office").isEqualTo("office-1")
                .jsonPath("$.status").isEqualTo("VERIFIED")
                .jsonPath("$.receivedAt").isEqualTo("2026-03-02T01:30:00Z")
                .jsonPath("$.firstReplyOnTime").doesNotExist()
                .jsonPath("$.overdue.firstReply").isEqualTo(false)
                .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void an_unchanged_complaint_is_not_sent_again() {
        registeredAndVerified();

        client.get().uri("/api/complaints/c-1").header(HttpHeaders.IF_NONE_MATCH, "\"1\"").exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().isEmpty();
        client.get().uri("/api/complaints/c-1").header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange()
                .expectStatus().isOk();
    }

    @Test
    void a_deadline_passing_changes_the_etag_because_it_changes_what_is_sent() {
        registeredAndVerified();
        querySide.clock.set(RECEIVED.plus(Duration.ofHours(25)));

        client.get().uri("/api/complaints/c-1").header(HttpHeaders.IF_NONE_MATCH, "\"1\"").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1-overdue-1\"")
                .expectBody().jsonPath("$.overdue.firstReply").isEqualTo(true);
    }

    @Test
    void each_reader_is_offered_the_steps_their_roles_may_take_now() {
        ComplaintEvents complaint = ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .verified(RECEIVED.plusSeconds(30))
                .classified(ComplaintSeverity.GENERAL, Responsibility.OWN, RECEIVED.plusSeconds(40));
        querySide.project(complaint.events());

        signedInAs("CLERK").get().uri("/api/complaints/c-1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.allowedActions").isEqualTo(List.of("first-reply"));
        signedInAs("DIRECTOR").get().uri("/api/complaints/c-1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.allowedActions").isEqualTo(List.of("decide-handling", "first-reply"));
        for (String role : List.of("VIEWER", "AUDITOR", "ADMIN")) {
            signedInAs(role).get().uri("/api/complaints?office=office-1").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.items[0].allowedActions").isEqualTo(List.of());
        }
        client.get().uri("/api/complaints/c-1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.allowedActions").isEqualTo(List.of());
    }

    private WebTestClient signedInAs(String role) {
        TestingAuthenticationToken user = new TestingAuthenticationToken("someone", "", "ROLE_" + role);
        return WebTestClient.bindToController(new ComplaintQueryController(querySide.queryGateway, querySide.clock))
                .controllerAdvice(new QueryProblems())
                .webFilter((exchange, chain) -> chain.filter(exchange.mutate().principal(Mono.just(user)).build()))
                .build();
    }

    @Test
    void an_unknown_complaint_is_a_not_found_problem() {
        client.get().uri("/api/complaints/no-such-complaint").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.code").isEqualTo("COMPLAINT_NOT_FOUND");
    }

    @Test
    void the_list_filters_and_pages_newest_first() {
        querySide.project(ComplaintEvents.registered("c-1", OFFICE, ComplaintCategory.CLEANING, RECEIVED).events());
        querySide.project(ComplaintEvents.registered("c-2", OFFICE, ComplaintCategory.CLEANING,
                RECEIVED.plus(Duration.ofDays(1))).events());
        querySide.project(ComplaintEvents.registered("c-3", OFFICE, ComplaintCategory.CLEANING,
                RECEIVED.plus(Duration.ofDays(2))).dispatched(REPAIRS, RECEIVED.plus(Duration.ofDays(2)),
                RECEIVED.plus(Duration.ofDays(4))).events());
        querySide.project(ComplaintEvents.registered("c-4", OTHER_OFFICE, ComplaintCategory.CLEANING, RECEIVED)
                .events());

        client.get().uri("/api/complaints?office=office-1&status=registered&category=CLEANING&department="
                        + "&receivedFrom=2026-03-02&receivedTo=2026-03-03&page=0&size=1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].id").isEqualTo(List.of("c-2"))
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(1);
        client.get().uri("/api/complaints?department=repairs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].id").isEqualTo(List.of("c-3"))
                .jsonPath("$.size").isEqualTo(20);
    }

    @Test
    void a_parameter_that_cannot_be_read_is_a_bad_request_naming_it() {
        client.get().uri("/api/complaints?status=SOLVED").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_PARAMETER")
                .jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.errors[0].rule").value(rule -> assertThat((String) rule).startsWith("one of REGISTERED"));
    }

    @Test
    void every_unreadable_parameter_is_reported_at_once() {
        client.get().uri("/api/complaints?category=LIFTS&receivedFrom=yesterday&size=500&page=-1").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("category", "receivedFrom", "page", "size"))
                .jsonPath("$.errors[3].rule").isEqualTo("integer from 1 to 200");
    }

    @Test
    void a_received_range_that_ends_before_it_starts_is_refused() {
        client.get().uri("/api/complaints?receivedFrom=2026-03-05T00:00:00Z&receivedTo=2026-03-01").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("receivedTo");
    }

    @Test
    void the_stream_sends_the_complaint_then_each_change_and_lets_go_when_the_client_leaves() {
        ComplaintEvents complaint = registeredAndVerified()
                .handlingDecided(REPAIRS, RECEIVED.plusSeconds(90));
        ComplaintEvents.Recorded decided = complaint.events().get(2);

        List<ServerSentEvent<ComplaintView>> received = client.get().uri("/api/complaints/c-1/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<ComplaintView>>() {
                })
                .getResponseBody()
                .doOnNext(first -> {
                    if (first.data().version() == 1) {
                        querySide.project(2, decided.at(), decided.event());
                    }
                })
                .take(2)
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(received).extracting(ServerSentEvent::id).containsExactly("1", "2");
        assertThat(received).extracting(event -> event.data().status())
                .containsExactly(ComplaintStatus.VERIFIED, ComplaintStatus.HANDLING_DECIDED);
        assertThat(received.get(1).data().department()).isEqualTo(REPAIRS);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(querySide.updateEmitter.activeSubscriptions()).isEmpty());
    }

    @Test
    void the_stream_of_an_unknown_complaint_is_a_not_found_problem() {
        client.get().uri("/api/complaints/no-such-complaint/stream")
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.NOT_FOUND)
                .expectBody()
                .jsonPath("$.code").isEqualTo("COMPLAINT_NOT_FOUND");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(querySide.updateEmitter.activeSubscriptions()).isEmpty());
    }
}
