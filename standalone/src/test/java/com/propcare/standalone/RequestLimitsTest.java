package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.access.Role;
import com.propcare.access.TestUsers;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Limits that keep one caller from exhausting the server, over the whole application and the embedded store. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false",
                "propcare.limits.max-body-size=64KB", "propcare.limits.requests-per-second=20",
                "propcare.limits.streams-per-user=2"})
@AutoConfigureWebTestClient(timeout = "PT30S")
class RequestLimitsTest {

    private static final String COMPLAINT = """
            {"officeId":"office-1","channel":"PHONE","householdId":"h-limits","category":"CLEANING",
             "summary":"%s","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"clerk-office-1"}""";

    @Autowired
    WebTestClient web;

    @Autowired
    EventStorageEngine engine;

    private long events() {
        return engine.readEvents(null, false).count();
    }

    @Test
    void an_oversized_body_is_a_413_and_writes_nothing() {
        long before = events();
        web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(COMPLAINT.formatted("x".repeat(100_000))).exchange()
           .expectStatus().isEqualTo(413)
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody().jsonPath("$.code").isEqualTo("BODY_TOO_LARGE").jsonPath("$.status").isEqualTo(413);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_deeply_nested_body_and_a_huge_page_are_400s() {
        long before = events();
        // a policy document is read as a tree, so every level of it is parsed
        String deep = "{\"document\":" + "{\"a\":".repeat(50) + "1" + "}".repeat(50) + "}";
        web.post().uri("/api/offices/office-1/policies").contentType(MediaType.APPLICATION_JSON).bodyValue(deep).exchange()
           .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("nesting depth"));
        web.get().uri("/api/complaints?office=office-1&size=1000000").exchange()
           .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_burst_from_one_user_is_answered_429_with_retry_after() {
        String user = TestUsers.bearer(TestUsers.user(Role.CLERK, "office-1"));
        List<FluxExchangeResult<String>> answers = IntStream.range(0, 60).parallel().mapToObj(
                i -> web.get().uri("/api/complaints?office=office-1").header(HttpHeaders.AUTHORIZATION, user)
                        .exchange().returnResult(String.class)).toList();

        List<FluxExchangeResult<String>> refused = answers.stream()
                                                          .filter(answer -> answer.getStatus().value() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertThat(refused.get(0).getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.get(0).getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answers).allMatch(answer -> answer.getStatus().value() == 200 || answer.getStatus().value() == 429);
    }

    @Test
    void a_user_may_hold_only_so_many_streams_open() {
        String integrator = TestUsers.bearer(TestUsers.user(Role.INTEGRATOR, "office-1"));
        List<Disposable> open = new ArrayList<>();
        try {
            assertThat(List.of(stream(integrator, open), stream(integrator, open))).containsOnly(200);

            FluxExchangeResult<String> third = web.get().uri("/api/events").header(HttpHeaders.AUTHORIZATION, integrator)
                                                  .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                                                  .returnResult(String.class);
            assertThat(third.getStatus().value()).isEqualTo(429);
            assertThat(third.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");

            open.remove(0).dispose();
            await().atMost(Duration.ofSeconds(15)).until(() -> stream(integrator, open) == 200);
        } finally {
            open.forEach(Disposable::dispose);
        }
    }

    /** Opens a stream and keeps reading it until disposed; answers its status. */
    private int stream(String user, List<Disposable> open) {
        FluxExchangeResult<String> result = web.get().uri("/api/events").header(HttpHeaders.AUTHORIZATION, user)
                                               .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                                               .returnResult(String.class);
        open.add(result.getResponseBody().subscribe());
        return result.getStatus().value();
    }

    @Test
    void chinese_text_and_emoji_are_kept_exactly() {
        String summary = "楼道灯不亮 💡，三单元 12 楼；\\\"引号\\\" ⚠️ 𠮷";
        TestOffice.register(web, "office-1").household("h-limits");
        long registered = registrations();
        Map<?, ?> created = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                               .bodyValue(COMPLAINT.formatted(summary)).exchange()
                               .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                web.get().uri("/api/complaints/" + created.get("id")).exchange()
                   .expectStatus().isOk()
                   .expectBody().jsonPath("$.summary").isEqualTo("楼道灯不亮 💡，三单元 12 楼；\"引号\" ⚠️ 𠮷"));
        // the limits filter once ran the handler a second time after it completed
        assertThat(registrations()).isEqualTo(registered + 1);
    }

    private long registrations() {
        return engine.readEvents(null, false)
                     .filter(event -> event.getPayloadType().getSimpleName().equals("ComplaintRegistered")).count();
    }
}
