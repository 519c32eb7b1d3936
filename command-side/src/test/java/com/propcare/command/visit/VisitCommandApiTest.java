package com.propcare.command.visit;

import com.propcare.access.TestOffice;
import com.propcare.command.CommandSideApplication;
import com.propcare.command.deadline.Deadlines;
import com.propcare.command.deadline.DueItem;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = {CommandSideApplication.class, VisitCommandApiTest.DeadlineBook.class},
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class VisitCommandApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebTestClient web;
    @Autowired
    EventStore events;
    @Autowired
    RecordingDeadlines deadlines;

    private WebTestClient.ResponseSpec post(String path, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String yesterdayAt(int hour) {
        return LocalDate.now(SHANGHAI).minusDays(1).atTime(hour, 0).atZone(SHANGHAI).toInstant().toString();
    }

    @Test
    void a_routine_visit_is_scheduled_appointed_and_recorded_once_and_its_complaint_enters_the_register() {
        TestOffice registered = TestOffice.register(web, "office-api-" + System.nanoTime());
        String office = registered.id();
        String household = registered.household();
        String supervisor = registered.supervisor();
        String due = Instant.now().plus(Duration.ofDays(7)).toString();

        Map<?, ?> created = post("/api/visits", """
                {"officeId":"%s","kind":"ROUTINE","householdId":"%s","due":"%s"}"""
                .formatted(office, household, due))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String visit = created.get("id").toString();
        assertThat(deadlines.open).containsKey("visit:" + visit);

        post("/api/visits/" + visit + "/appointment", """
                {"appointedFor":"%s","method":"IN_PERSON","with":"%s"}""".formatted(yesterdayAt(22), supervisor))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("TOO_LATE_FOR_IN_PERSON")
                .jsonPath("$.field").isEqualTo("appointedFor");
        post("/api/visits/" + visit + "/appointment", """
                {"appointedFor":"%s","method":"IN_PERSON","with":"%s"}""".formatted(yesterdayAt(19), supervisor))
                .expectStatus().isAccepted();

        String record = """
                {"method":"IN_PERSON","visitedAt":"%s","visitedBy":"%s","summary":"Talked about the lift",
                 "opinions":[{"type":"COMPLAINT","text":"Lift stops between floors","category":"PUBLIC_FACILITIES"}],
                 "feedbackRequired":true,"signature":"SIGNED"}""";
        post("/api/visits/" + visit + "/record", record.formatted(yesterdayAt(23), supervisor))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("TOO_LATE_FOR_IN_PERSON");
        long before = events.readEvents(visit).asStream().count();
        post("/api/visits/" + visit + "/record", record.formatted(yesterdayAt(19), supervisor))
                .expectStatus().isAccepted();
        post("/api/visits/" + visit + "/record", record.formatted(yesterdayAt(19), supervisor))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("VISIT_ALREADY_RECORDED");
        assertThat(events.readEvents(visit).asStream().count()).isEqualTo(before + 1);
        assertThat(deadlines.open).doesNotContainKey("visit:" + visit);

        String opinion = visit + ":opinion-1";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(events.readEvents("opinion:" + opinion).asStream().count()).isPositive();
            assertThat(events.readEvents(opinion).asStream().count()).isEqualTo(2);
        });
        assertThat(deadlines.open).containsKey("opinion:" + opinion);
    }

    /** Stands in for the deadline book, whose implementation lives with the scheduler. */
    @TestConfiguration
    static class DeadlineBook {
        @Bean
        @Primary
        RecordingDeadlines recordingDeadlines() {
            return new RecordingDeadlines();
        }
    }

    static class RecordingDeadlines implements Deadlines {
        final Map<String, DueItem> open = new ConcurrentHashMap<>();

        @Override
        public void open(DueItem item) {
            open.put(item.key(), item);
        }

        @Override
        public void close(String key) {
            open.remove(key);
        }
    }
}
