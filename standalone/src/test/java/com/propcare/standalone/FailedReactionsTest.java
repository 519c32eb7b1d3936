package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.callback.SubjectType;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reaction whose command is refused is kept, shown and retried, never only logged; and a replay of the reactions
 * sets nothing off a second time. The refusal is made by a command interceptor for callbacks of matters while the
 * test holds its cause; the rest is the application as it runs.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false",
                "propcare.dead-letters.retry-interval=PT1H", "propcare.metrics.refresh-interval=PT0.2S"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailedReactionsTest {

    private static final String DEAD_LETTERS = "/api/admin/dead-letters";

    /** The cause: while set, every callback a matter owes is refused. */
    private final AtomicBoolean matterCallbacksRefused = new AtomicBoolean();

    @Autowired
    WebTestClient web;
    @Autowired
    CommandBus commandBus;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    MeterRegistry meters;

    private TestOffice office;
    private String household;

    @BeforeAll
    void setUp() {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (matterCallbacksRefused.get() && unitOfWork.getMessage().getPayload() instanceof ScheduleCallback call
                    && call.subject().type() == SubjectType.MATTER) {
                throw DomainRefusal.unprocessable("CALLBACK_TEST_CAUSE", "No performer on duty for " + call.kind(),
                                                  Map.of());
            }
            return chain.proceed();
        });
        office = TestOffice.register(web, "office-dead-letters");
        household = office.household();
    }

    private String recordAccident() {
        return office.as(office.director()).post().uri("/api/matters").contentType(MediaType.APPLICATION_JSON)
                     .bodyValue(Map.of("officeId", office.id(), "matterType", "ACCIDENT",
                                       "householdIds", List.of(household), "description", "Pipe burst",
                                       "occurredAt", Instant.now().minusSeconds(600).toString()))
                     .exchange().expectStatus().isCreated()
                     .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private List<Map<String, Object>> deadLetters() {
        return web.get().uri(DEAD_LETTERS).exchange().expectStatus().isOk()
                  .expectBodyList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                  .returnResult().getResponseBody();
    }

    /** The gauge an operator alerts on, as the Prometheus endpoint shows it. */
    private double failedGauge() {
        return meters.get("propcare.reactions.failed").gauge().value();
    }

    private void callbackExists(String callbackId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> office.as(office.director()).get().uri("/api/callbacks/" + callbackId).exchange()
                            .expectStatus().isOk());
    }

    @Test
    @Order(1)
    void a_refused_reaction_is_listed_with_its_cause_shown_on_today_and_handled_once_when_retried() {
        matterCallbacksRefused.set(true);
        String matter = recordAccident();
        String callback = "cb-" + matter + "-ACCIDENT-0-" + household;

        await().atMost(Duration.ofSeconds(30)).until(() -> !deadLetters().isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> failedGauge() == 1);
        assertThat(deadLetters()).singleElement().satisfies(failed -> {
            assertThat(failed.get("processingGroup")).isEqualTo("callback-triggers");
            assertThat(failed.get("sequence")).isEqualTo(matter);
            assertThat(failed.get("officeId")).isEqualTo(office.id());
            assertThat(failed.get("eventType")).isEqualTo("MatterRecorded");
            assertThat((String) failed.get("cause")).contains("No performer on duty for ACCIDENT");
            assertThat(failed.get("attempts")).isEqualTo(1);
        });
        office.as(office.director()).get().uri("/api/offices/" + office.id() + "/dashboard/pending").exchange()
              .expectStatus().isOk()
              .expectBody().jsonPath("$.failedReactions[0].ref").isEqualTo(matter)
              .jsonPath("$.failedReactions[0].eventType").isEqualTo("MatterRecorded");
        String retry = DEAD_LETTERS + "/callback-triggers/" + matter + "/retry";
        web.post().uri(retry).exchange().expectStatus().isOk()
           .expectBody().jsonPath("$.outcome").isEqualTo("STILL_FAILING")
           .jsonPath("$.stillFailing.attempts").isEqualTo(2);

        matterCallbacksRefused.set(false);
        web.post().uri(retry).exchange().expectStatus().isOk()
           .expectBody().jsonPath("$.outcome").isEqualTo("HANDLED");

        callbackExists(callback);
        assertThat(deadLetters()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> failedGauge() == 0);
        web.post().uri(retry).exchange().expectStatus().isNotFound()
           .expectBody().jsonPath("$.code").isEqualTo("DEAD_LETTER_NOT_FOUND");
        office.as(office.director()).get().uri("/api/offices/" + office.id() + "/dashboard/pending").exchange()
              .expectBody().jsonPath("$.failedReactions").isEmpty();
        office.as(office.clerk()).get().uri(DEAD_LETTERS).exchange().expectStatus().isForbidden();
    }

    @Test
    @Order(2)
    void resetting_the_reactions_and_replaying_the_log_creates_no_second_obligation_and_rebuilds_their_facts() {
        String matter = recordAccident();
        callbackExists("cb-" + matter + "-ACCIDENT-0-" + household);
        String workOrder = helpService();
        await().atMost(Duration.ofSeconds(30)).until(this::settled);
        long before = head.events();

        StreamingEventProcessor callbacks = processing.eventProcessor("callback-triggers",
                                                                      StreamingEventProcessor.class).orElseThrow();
        callbacks.shutDown();
        callbacks.resetTokens();
        callbacks.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !callbacks.processingStatus().isEmpty()
                && callbacks.processingStatus().values().stream()
                            .allMatch(status -> status.isCaughtUp() && !status.isReplaying()));
        // the visit reactions keep no facts: they refuse a replay, which could only repeat them
        assertThat(processing.eventProcessor("visit-triggers", StreamingEventProcessor.class).orElseThrow()
                             .supportsReset()).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(this::settled);
        assertThat(head.events()).as("events in the log after the replay").isEqualTo(before);
        assertThat(deadLetters()).isEmpty();

        // the work order's facts were rebuilt by the replay: its completion now still owes its callback
        office.as(office.repairLead()).post().uri("/api/work-orders/" + workOrder + "/complete")
              .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"notes\":\"helped\"}").exchange()
              .expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                office.as(office.director()).get()
                      .uri("/api/callbacks?office=" + office.id() + "&kind=OTHER_SERVICES").exchange()
                      .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains(workOrder));
    }

    /** A help service opened and assigned, not yet completed. */
    private String helpService() {
        String id = office.as(office.supervisor()).post().uri("/api/work-orders")
                          .contentType(MediaType.APPLICATION_JSON)
                          .bodyValue(Map.of("officeId", office.id(), "householdId", household, "kind", "HELP_SERVICE",
                                            "description", "Carry a sofa", "source", "HOUSEHOLD"))
                          .exchange().expectStatus().isCreated()
                          .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        office.as(office.supervisor()).post().uri("/api/work-orders/" + id + "/assign")
              .contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of("department", TestOffice.REPAIRS, "assignee", office.repairLead())).exchange()
              .expectStatus().isAccepted();
        return id;
    }

    private LogHead head;

    private boolean settled() {
        if (head == null) {
            head = new LogHead(engine);
        }
        return head.settled();
    }
}
