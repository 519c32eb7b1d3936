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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends back the log position of its command reads what it wrote, at once, without sleeping: the
 * read waits (bounded) for the read models. Nothing here waits except through that mechanism.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false",
                "propcare.read-your-writes.timeout=PT2S"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesTest {

    /**
     * Each read waits up to half a second: the read models' pooled processors look for new events in the embedded
     * store every 500 ms.
     */
    private static final int CREATIONS = 100;

    @Autowired
    WebTestClient web;

    private TestOffice office;
    private String household;

    @BeforeAll
    void setUp() {
        office = TestOffice.register(web, "office-ryw");
        household = office.household();
    }

    @Test
    void a_complaint_registered_is_read_at_once_with_the_position_of_its_answer_every_time() throws Exception {
        WebTestClient clerk = office.as(office.clerk());
        // five clerks at once: each round trip waits for the read model, so they overlap their waits
        ExecutorService clerks = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> roundTrips = new ArrayList<>();
            for (int i = 0; i < CREATIONS; i++) {
                int number = i;
                roundTrips.add(clerks.submit(() -> createThenRead(clerk, number)));
            }
            for (Future<?> roundTrip : roundTrips) {
                roundTrip.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clerks.shutdownNow();
        }
    }

    private void createThenRead(WebTestClient clerk, int i) {
        EntityExchangeResult<Map> created = clerk.post().uri("/api/complaints")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("officeId", office.id(), "channel", "PHONE", "householdId", household,
                                  "category", "CLEANING", "summary", "Corridor " + i,
                                  "receivedAt", Instant.now().minusSeconds(60).toString()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult();
        String position = created.getResponseHeaders().getFirst("Log-Position");
        assertThat(position).isNotNull();
        assertThat(created.getResponseBody().get("logPosition").toString()).isEqualTo(position);
        String location = created.getResponseHeaders().getLocation().toString();
        if (i % 2 == 0) {
            clerk.get().uri(location).header("Log-Position", position).exchange().expectStatus().isOk()
                 .expectBody().jsonPath("$.summary").isEqualTo("Corridor " + i);
        } else {
            clerk.get().uri(location + "?logPosition=" + position).exchange().expectStatus().isOk()
                 .expectBody().jsonPath("$.summary").isEqualTo("Corridor " + i);
        }
    }

    @Test
    void what_a_write_set_off_is_read_with_its_position_too() {
        EntityExchangeResult<Map> recorded = office.as(office.director()).post().uri("/api/matters")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("officeId", office.id(), "matterType", "ACCIDENT",
                                  "householdIds", List.of(household), "description", "Pipe burst",
                                  "occurredAt", Instant.now().minusSeconds(600).toString()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult();
        String matter = recorded.getResponseBody().get("id").toString();

        office.as(office.director()).get().uri("/api/callbacks/cb-" + matter + "-ACCIDENT-0-" + household)
              .header("Log-Position", recorded.getResponseHeaders().getFirst("Log-Position")).exchange()
              .expectStatus().isOk().expectBody().jsonPath("$.kind").isEqualTo("ACCIDENT");
    }

    @Test
    void a_position_the_log_has_not_reached_is_503_with_retry_after_once_the_bound_has_passed() {
        long before = System.nanoTime();
        office.as(office.clerk()).get().uri("/api/complaints?office=" + office.id())
              .header("Log-Position", String.valueOf(Long.MAX_VALUE / 2)).exchange()
              .expectStatus().isEqualTo(503)
              .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
              .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
              .expectBody().jsonPath("$.code").isEqualTo("READ_MODEL_BEHIND")
              .jsonPath("$.lag").isNumber();
        assertThat((System.nanoTime() - before) / 1_000_000).as("waited for the bound, in ms")
                                                            .isGreaterThanOrEqualTo(2000);
        office.as(office.clerk()).get().uri("/api/complaints?office=" + office.id() + "&logPosition=soon").exchange()
              .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("logPosition");
    }
}
