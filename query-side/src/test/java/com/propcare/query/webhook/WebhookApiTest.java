package com.propcare.query.webhook;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.query.QuerySideApplication;
import com.propcare.query.webhook.Receiver.Answer;
import com.propcare.query.webhook.Receiver.Request;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook subscriptions over the real query side and its memory store, delivering to a receiver on the loopback
 * interface (allowed here by configuration, as an operator would allow a host): events written while the receiver
 * fails are all delivered, in the log's order, signed; past the retry limit a subscription pauses with its reason
 * and resumes where it stopped.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory",
                              "propcare.webhooks.allowed-hosts=127.0.0.1",
                              "propcare.webhooks.allow-private-networks=true",
                              "propcare.webhooks.timeout=PT0.5S", "propcare.webhooks.initial-backoff=PT0.2S",
                              "propcare.webhooks.max-backoff=PT3S", "propcare.webhooks.max-attempts=4",
                              "propcare.webhooks.poll-interval=PT0.1S"})
@AutoConfigureWebTestClient(timeout = "PT30S")
class WebhookApiTest {

    private static final AtomicInteger OFFICES = new AtomicInteger();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Receiver> receivers = new ArrayList<>();

    @Autowired
    WebTestClient web;
    @Autowired
    EventStore events;

    @AfterEach
    void stop() {
        receivers.forEach(Receiver::close);
        JsonNode all = web.get().uri("/api/webhooks").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                          .returnResult().getResponseBody();
        all.get("items").forEach(webhook -> web.delete().uri("/api/webhooks/" + webhook.get("id").asString())
                                               .exchange().expectStatus().isNoContent());
    }

    private Receiver receiver() {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    private JsonNode subscribe(String url) {
        return web.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                  .bodyValue(Map.of("url", url, "types", List.of("OfficeRegistered"), "description", "test"))
                  .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode webhook(String id) {
        return web.get().uri("/api/webhooks/" + id).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                  .returnResult().getResponseBody();
    }

    private void officeRegistered() {
        String office = "office-w" + OFFICES.incrementAndGet();
        events.publish(new GenericDomainEventMessage<>("Office", office, 0, new OfficeRegistered(
                new OfficeId(office), "PropCare", "Webhook Court " + office, "cn-mainland", ZoneId.of("Asia/Shanghai"),
                Instant.parse("2026-12-01T00:00:00Z"), new StaffId("admin")), MetaData.emptyInstance(),
                UUID.randomUUID().toString(), Instant.now()));
    }

    @Test
    void events_written_while_the_receiver_fails_are_all_delivered_in_order_and_signed() throws Exception {
        Receiver receiver = receiver();
        receiver.then(Answer.status(500), new Answer(200, null, 1500), new Answer(429, "1", 0));
        JsonNode created = subscribe(receiver.url());
        String secret = created.get("secret").asString();
        String id = created.get("webhook").get("id").asString();
        assertThat(secret).startsWith("whsec_");

        IntStream.range(0, 5).forEach(n -> officeRegistered());
        await().atMost(PATIENCE).until(() -> receiver.taken().size() >= 5);

        List<Request> requests = receiver.requests();
        List<Long> attempted = requests.stream().map(request -> Long.parseLong(request.id())).toList();
        assertThat(attempted).as("the log's order, a failed event tried again before the next").isSorted();
        assertThat(receiver.taken()).as("each taken once").doesNotHaveDuplicates().hasSize(5);
        assertThat(attempted.subList(0, 4)).as("three failures of the first event, then it was taken")
                                           .containsOnly(attempted.get(0));
        assertThat(requests).allSatisfy(request -> {
            assertThat(Receiver.signedWith(secret, request)).as("signature of " + request.id()).isTrue();
            assertThat(request.contentType()).startsWith("application/cloudevents+json");
            JsonNode event = json.readTree(request.body());
            assertThat(event.get("id").asString()).isEqualTo(request.id());
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("type").asString()).endsWith("OfficeRegistered");
        });
        ReadmeReceiverCheck readme = new ReadmeReceiverCheck();
        for (Request request : requests) {
            assertThat(readme.verifies(secret, request)).as("the README's check of " + request.id()).isTrue();
            assertThat(readme.verifies(WebhookSignature.newSecret(), request)).as("with another secret").isFalse();
        }
        assertThat(requests.get(1).receivedAt() - requests.get(0).receivedAt())
                .as("waited after the 500").isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(requests.get(3).receivedAt() - requests.get(2).receivedAt())
                .as("waited as long as Retry-After asked").isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode state = webhook(id);
            assertThat(state.get("delivered").asLong()).isEqualTo(5);
            assertThat(state.get("failed").asLong()).isEqualTo(3);
            assertThat(state.get("lag").asLong()).isZero();
            assertThat(state.get("status").asString()).isEqualTo("ACTIVE");
        });
        List<String> outcomes = new ArrayList<>();
        webhook(id).get("deliveries").forEach(delivery -> outcomes.add(delivery.get("outcome").asString() + ":"
                + (delivery.get("status").isNull() ? "-" : delivery.get("status").asString())));
        assertThat(outcomes).endsWith("DELIVERED:200", "RETRYING:429", "RETRYING:-", "RETRYING:500");
        assertThat(web.get().uri("/actuator/prometheus").exchange().expectBody(String.class).returnResult()
                      .getResponseBody())
                .contains("propcare_webhooks_deliveries_total{outcome=\"delivered\",subscription=\"" + id + "\"} 5.0")
                .contains("propcare_webhooks_lag{subscription=\"" + id + "\"}");
    }

    @Test
    void past_the_retry_limit_it_pauses_with_its_reason_and_resumes_from_the_first_event_not_delivered() {
        Receiver receiver = receiver();
        receiver.otherwise(Answer.status(503));
        String id = subscribe(receiver.url()).get("webhook").get("id").asString();
        officeRegistered();
        officeRegistered();
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode state = webhook(id);
            assertThat(state.get("status").asString()).isEqualTo("PAUSED");
            assertThat(state.get("pausedReason").asString()).isEqualTo("4 attempts failed; the last answered 503");
            assertThat(state.get("pausedCause").asString()).isEqualTo("ATTEMPTS_EXHAUSTED");
        });
        String first = receiver.requests().get(0).id();
        assertThat(receiver.requests()).hasSize(4).allSatisfy(request -> assertThat(request.id()).isEqualTo(first));

        receiver.otherwise(Answer.status(204));
        web.post().uri("/api/webhooks/" + id + "/resume").exchange().expectStatus().isOk()
           .expectBody().jsonPath("$.status").isEqualTo("ACTIVE").jsonPath("$.pausedCause").isEmpty();
        await().atMost(PATIENCE).until(() -> receiver.taken().size() == 2);
        assertThat(receiver.taken().get(0)).as("nothing skipped").isEqualTo(first);
        assertThat(Long.parseLong(receiver.taken().get(1))).isGreaterThan(Long.parseLong(first));

        web.post().uri("/api/webhooks/" + id + "/replay").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("from", Long.parseLong(first))).exchange().expectStatus().isOk();
        await().atMost(PATIENCE).until(() -> receiver.taken().size() == 4);
        assertThat(receiver.taken().subList(2, 4)).isEqualTo(receiver.taken().subList(0, 2));
    }

    @Test
    void a_target_off_the_allow_list_or_not_a_url_is_refused_and_nothing_is_stored() {
        web.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("url", "https://hooks.example.org/propcare")).exchange()
           .expectStatus().isEqualTo(422)
           .expectBody().jsonPath("$.code").isEqualTo("WEBHOOK_HOST_NOT_ALLOWED").jsonPath("$.field").isEqualTo("url");
        web.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("url", "ftp://127.0.0.1/hook")).exchange()
           .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("WEBHOOK_TARGET_INVALID");
        web.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
           .bodyValue(Map.of("url", "http://127.0.0.1:9/hook", "types", List.of("NoSuchEvent"))).exchange()
           .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("WEBHOOK_EVENT_TYPE_UNKNOWN")
           .jsonPath("$.field").isEqualTo("types");
        web.get().uri("/api/webhooks").exchange().expectBody().jsonPath("$.total").isEqualTo(0);
        web.get().uri("/api/webhooks/wh-nope").exchange().expectStatus().isNotFound()
           .expectBody().jsonPath("$.code").isEqualTo("WEBHOOK_NOT_FOUND");
    }

    @Test
    void a_retried_subscription_with_the_same_idempotency_key_is_made_once() {
        for (int attempt = 0; attempt < 2; attempt++) {
            web.post().uri("/api/webhooks").header("Idempotency-Key", "subscribe-once")
               .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", "http://127.0.0.1:9/hook"))
               .exchange().expectStatus().isCreated();
        }
        web.get().uri("/api/webhooks").exchange().expectBody().jsonPath("$.total").isEqualTo(1);
    }
}
