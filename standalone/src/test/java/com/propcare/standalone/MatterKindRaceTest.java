package com.propcare.standalone;

import com.propcare.access.TestOffice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An office kind defined (or redefined) and a matter of its type recorded at once, from several threads: every
 * matter gets its callback, due by the definition in force when the matter was recorded. Before matters carried their
 * kinds' terms, the trigger processor kept definitions in its own memory and lost about half of these callbacks.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false"})
@AutoConfigureWebTestClient(timeout = "PT60S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatterKindRaceTest {

    private static final int THREADS = 4;
    private static final int DEFINED_PER_THREAD = 35;
    private static final int REDEFINED_PER_THREAD = 15;

    /** A matter recorded, and the callback it must own with the due days of the definition then in force. */
    private record Expected(String callbackId, Instant occurredAt, int dueDays) {
    }

    @Autowired
    WebTestClient web;

    private TestOffice office;
    private String household;

    @BeforeAll
    void setUp() {
        office = TestOffice.register(web, "office-race");
        household = office.household();
    }

    private static Map<String, Object> kind(String code, String matterType, int dueDays) {
        return Map.of("code", code, "name", "Race " + code, "matterType", matterType,
                      "dueOffsets", List.of(Map.of("amount", dueDays, "unit", "CALENDAR_DAYS")),
                      "performerRoles", List.of("CLERK"), "retentionYears", 1, "conflictOfInterestAvoided", false,
                      "recordingRequired", false);
    }

    private String define(String code, String matterType, int dueDays) {
        return web.post().uri("/api/offices/" + office.id() + "/callback-kinds").contentType(MediaType.APPLICATION_JSON)
                  .bodyValue(kind(code, matterType, dueDays)).exchange().expectStatus().isCreated()
                  .returnResult(String.class).getResponseHeaders().getETag();
    }

    private void redefine(String code, String matterType, int dueDays, String etag) {
        web.put().uri("/api/offices/" + office.id() + "/callback-kinds/" + code)
           .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, etag)
           .bodyValue(kind(code, matterType, dueDays)).exchange().expectStatus().isAccepted();
    }

    private Expected record(String code, String matterType, int dueDays) {
        Instant occurredAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        String matter = office.as(office.director()).post().uri("/api/matters").contentType(MediaType.APPLICATION_JSON)
                              .bodyValue(Map.of("officeId", office.id(), "matterType", matterType,
                                                "householdIds", List.of(household), "description", "delivered",
                                                "occurredAt", occurredAt.toString()))
                              .exchange().expectStatus().isCreated()
                              .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        return new Expected("cb-" + matter + "-" + code + "-0-" + household, occurredAt, dueDays);
    }

    @Test
    void every_matter_recorded_right_after_its_kind_was_defined_or_changed_gets_its_callback_by_that_definition()
            throws Exception {
        ConcurrentLinkedQueue<Expected> expected = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int t = thread;
            done.add(threads.submit(() -> {
                for (int i = 0; i < DEFINED_PER_THREAD; i++) {
                    String code = "RACE_" + t + "_" + i;
                    String matterType = "RACE_MATTER_" + t + "_" + i;
                    String etag = define(code, matterType, 2);
                    expected.add(record(code, matterType, 2));
                    if (i < REDEFINED_PER_THREAD) {
                        redefine(code, matterType, 5, etag);
                        expected.add(record(code, matterType, 5));
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();

        assertThat(expected).hasSize(THREADS * (DEFINED_PER_THREAD + REDEFINED_PER_THREAD));
        for (Expected callback : expected) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(
                    () -> office.as(office.director()).get().uri("/api/callbacks/" + callback.callbackId())
                                .exchange().expectStatus().isOk()
                                .expectBody().jsonPath("$.due")
                                .isEqualTo(callback.occurredAt().plus(callback.dueDays(), ChronoUnit.DAYS)
                                                   .toString()));
        }
    }
}
