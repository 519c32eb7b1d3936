package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stop the standalone application and start it again on the same file-backed embedded store: the events, the
 * read models and the processors' positions are all still there, and no event is handled twice.
 */
class RestartDurabilityTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: they must win over the application's own properties
        return new SpringApplicationBuilder(StandaloneApplication.class, DeliveryProbe.Wiring.class)
                .run(Stream.concat(Stream.of("--server.port=0", "--propcare.mongodb.uri=",
                                             "--propcare.mongodb.data-dir=" + data),
                                   TestUsers.arguments().stream()).toArray(String[]::new));
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                            .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER)).build();
    }

    private static String status(WebTestClient web, String id) {
        return web.get().uri("/api/complaints/" + id).exchange().expectBody(Map.class).returnResult()
                  .getResponseBody().getOrDefault("status", "").toString();
    }

    private static long eventCount(ConfigurableApplicationContext context) {
        return context.getBean(EventStorageEngine.class).readEvents(null, false).count();
    }

    @Test
    void events_read_models_and_processor_positions_survive_a_restart_and_nothing_is_handled_twice() {
        String id;
        long eventsBefore;
        long tokenBefore;
        try (ConfigurableApplicationContext first = start()) {
            WebTestClient web = client(first);
            TestOffice office = TestOffice.register(web, "office-1");
            id = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("""
                            {"officeId":"office-1","channel":"WALK_IN","householdId":"%s","category":"PARKING",
                             "summary":"Car blocks the gate","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"%s"}"""
                                       .formatted(office.household(), office.clerk()))
                    .exchange().expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
            web.post().uri("/api/complaints/" + id + "/verify").contentType(MediaType.APPLICATION_JSON)
               .bodyValue("{\"findings\":\"seen\",\"proposedHandling\":\"tow\"}")
               .exchange().expectStatus().isAccepted();
            await().atMost(Duration.ofSeconds(20)).until(() -> status(web, id).equals("VERIFIED"));
            DeliveryProbe probe = first.getBean(DeliveryProbe.class);
            eventsBefore = eventCount(first);
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.deliveries() == eventsBefore);
            tokenBefore = viewsPosition(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            WebTestClient web = client(second);
            assertThat(eventCount(second)).isEqualTo(eventsBefore);
            assertThat(viewsPosition(second)).isEqualTo(tokenBefore);
            assertThat(status(web, id)).isEqualTo("VERIFIED");

            web.post().uri("/api/complaints/" + id + "/classify").contentType(MediaType.APPLICATION_JSON)
               .bodyValue("{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}")
               .exchange().expectStatus().isAccepted();
            await().atMost(Duration.ofSeconds(20)).until(() -> status(web, id).equals("CLASSIFIED"));
            DeliveryProbe probe = second.getBean(DeliveryProbe.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.deliveries() == eventsBefore + 1);
            assertThat(probe.duplicates()).isZero();
            assertThat(eventCount(second)).isEqualTo(eventsBefore + 1);
        }
    }

    /**
     * Where the complaint read model's first segment stands. Axon starts a new processor with a replay token up to
     * the head at that moment, and a segment keeps it until it has handled an event of its own past that point.
     */
    private static long viewsPosition(ConfigurableApplicationContext context) {
        TokenStore tokens = context.getBean(TokenStore.class);
        return tokens.fetchToken("complaint-views", 0).position().orElseThrow();
    }
}
