package com.propcare.query.webhook;

import com.propcare.access.TestUsers;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.eventstore.TestMongo;
import com.propcare.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One subscription, two instances of the query side on one store: each event is delivered by one of them only, and
 * when the one delivering stops, the other goes on from where it stopped.
 */
class WebhookTwoInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Each instance its own event loops: stopping one must not stop the other's server, as in separate JVMs. */
    @Configuration(proxyBeanMethods = false)
    static class OwnNettyResources {
        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            ReactorResourceFactory factory = new ReactorResourceFactory();
            factory.setUseGlobalResources(false);
            return factory;
        }
    }

    private final TestMongo mongo = new TestMongo();
    private final Receiver receiver = new Receiver();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private int offices;

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        receiver.close();
        mongo.close();
    }

    private ConfigurableApplicationContext start(String node) {
        List<String> arguments = new ArrayList<>(TestUsers.arguments());
        arguments.addAll(List.of("--server.port=0", "--propcare.mongodb.uri=" + mongo.connectionString(),
                                 "--propcare.mongodb.database=" + mongo.databaseName("webhooks"),
                                 "--propcare.security.demo-users=false", "--axoniq.update-checker.disabled=true",
                                 "--propcare.processing.node-id=" + node,
                                 "--propcare.webhooks.allowed-hosts=127.0.0.1",
                                 "--propcare.webhooks.allow-private-networks=true",
                                 "--propcare.webhooks.poll-interval=PT0.1S", "--propcare.webhooks.lease=PT3S"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QuerySideApplication.class,
                                                                              OwnNettyResources.class)
                .run(arguments.toArray(String[]::new));
        instances.add(context);
        return context;
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(PATIENCE)
                            .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER)).build();
    }

    private void officesRegistered(ConfigurableApplicationContext via, int count) {
        EventStore events = via.getBean(EventStore.class);
        for (int n = 0; n < count; n++) {
            String office = "office-t" + ++offices;
            events.publish(new GenericDomainEventMessage<>("Office", office, 0, new OfficeRegistered(
                    new OfficeId(office), "PropCare", "Court " + office, "cn-mainland", ZoneId.of("Asia/Shanghai"),
                    Instant.parse("2026-12-01T00:00:00Z"), new StaffId("admin")), MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), Instant.now()));
        }
    }

    @Test
    void each_event_is_delivered_by_one_instance_and_the_other_takes_over_when_it_stops() {
        ConfigurableApplicationContext a = start("query-a");
        ConfigurableApplicationContext b = start("query-b");
        String id = client(a).post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                             .bodyValue(Map.of("url", receiver.url(), "types", List.of("OfficeRegistered")))
                             .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                             .getResponseBody().get("webhook").get("id").asString();

        officesRegistered(a, 10);
        await().atMost(PATIENCE).until(() -> receiver.taken().size() == 10);
        String owner = client(b).get().uri("/api/webhooks/" + id).exchange().expectBody(JsonNode.class).returnResult()
                                .getResponseBody().get("deliveredBy").asString();
        assertThat(owner).isIn("query-a", "query-b");

        ConfigurableApplicationContext remaining = owner.equals("query-a") ? b : a;
        ConfigurableApplicationContext stopped = owner.equals("query-a") ? a : b;
        stopped.close();
        instances.remove(stopped);
        officesRegistered(remaining, 10);
        await().atMost(PATIENCE).until(() -> receiver.taken().size() == 20);

        List<String> delivered = receiver.requests().stream().map(Receiver.Request::id).toList();
        assertThat(delivered).as("no event delivered twice").doesNotHaveDuplicates().hasSize(20);
        assertThat(delivered.stream().map(Long::parseLong).toList()).as("in the log's order").isSorted();
        client(remaining).get().uri("/api/webhooks/" + id).exchange().expectBody()
                         .jsonPath("$.deliveredBy").isEqualTo(owner.equals("query-a") ? "query-b" : "query-a")
                         .jsonPath("$.delivered").isEqualTo(20);
    }
}
