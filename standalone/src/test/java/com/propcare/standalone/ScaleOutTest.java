package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.mongodb.client.MongoDatabase;
import com.propcare.access.TestUsers;
import com.propcare.command.CommandSideApplication;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.ProcessingNode;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.query.QuerySideApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command-side and two query-side applications on one store, as several instances of each side would run
 * against one MongoDB: the complaint read model's two segments are split between the query instances (the claims
 * are in the token store), every event reaches exactly one of them once, and when one query instance stops the
 * other takes its segment over within the claim timeout and goes on alone.
 */
class ScaleOutTest {

    private static final String PROCESSOR = "complaint-views";
    /** The default; it must stay above the 5 s after which an idle processor extends its claims. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(1);
    /** Event id → the instances that handled it. */
    private static final Map<String, List<String>> HANDLED = new ConcurrentHashMap<>();

    /** Joins the complaint read model's processor and notes which instance handled which event. */
    @ProcessingGroup(PROCESSOR)
    static class HandledBy {
        private final String node;

        HandledBy(ProcessingNode node) {
            this.node = node.id();
        }

        @EventHandler(payloadType = ComplaintRegistered.class)
        void on(EventMessage<?> event) {
            HANDLED.computeIfAbsent(event.getIdentifier(), id -> new CopyOnWriteArrayList<>())
                   .add(node);
        }
    }

    /** Each instance its own event loops: stopping one must not stop the others' servers, as in separate JVMs. */
    @Configuration(proxyBeanMethods = false)
    static class OwnNettyResources {
        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            ReactorResourceFactory factory = new ReactorResourceFactory();
            factory.setUseGlobalResources(false);
            return factory;
        }
    }

    private TestMongo mongo;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeEach
    void start() {
        HANDLED.clear();
        mongo = new TestMongo();
    }

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
        mongo.close();
    }

    private ConfigurableApplicationContext start(Class<?> application, String node, Class<?>... more) {
        List<String> arguments = new ArrayList<>(TestUsers.arguments());
        arguments.addAll(List.of("--propcare.mongodb.uri=" + mongo.connectionString(),
                                 "--propcare.mongodb.database=" + mongo.databaseName("scale-out"), "--server.port=0",
                                 "--propcare.security.demo-users=false",
                                 "--propcare.processing.node-id=" + node,
                                 "--propcare.processing.balance-interval=PT0.5S",
                                 "--propcare.processing.claim-timeout=" + CLAIM_TIMEOUT,
                                 "--axon.eventhandling.processors." + PROCESSOR + ".initial-segment-count=2",
                                 "--axon.eventhandling.processors." + PROCESSOR + ".token-claim-interval="
                                         + CLAIM_INTERVAL.toMillis()));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Stream.concat(Stream.of(application, OwnNettyResources.class),
                                                           Stream.of(more))
                                                   .toArray(Class<?>[]::new))
                        .run(arguments.toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                            .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER)).build();
    }

    private static Set<Integer> segmentsHeldBy(ConfigurableApplicationContext query) {
        StreamingEventProcessor processor = query.getBean(EventProcessingConfiguration.class)
                                                 .eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                                                 .orElseThrow();
        return processor.processingStatus().keySet();
    }

    /** The owners the token store records for the processor's segments: what any instance or operator sees. */
    private Map<Integer, String> claims() {
        MongoDatabase database = mongo.database("scale-out");
        return database.getCollection("trackingtokens").find().into(new ArrayList<>()).stream()
                       .filter(token -> PROCESSOR.equals(token.getString("processorName")))
                       .filter(token -> token.getString("owner") != null)
                       .collect(Collectors.toMap(token -> token.getInteger("segment"),
                                                 (Document token) -> token.getString("owner")));
    }

    private static String register(WebTestClient commands, int n) {
        Map<?, ?> created = commands.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                                    .bodyValue(Map.of("officeId", "office-1", "channel", "PHONE",
                                                      "householdId", "h-" + (n + 1), "category", "CLEANING",
                                                      "summary", "Complaint " + n,
                                                      "receivedAt", "2026-11-20T02:00:00Z",
                                                      "receivedBy", "clerk-office-1"))
                                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                                    .getResponseBody();
        return String.valueOf(created.get("id"));
    }

    @Test
    void two_instances_of_each_side_share_the_work_and_one_takes_over_when_the_other_stops() {
        ConfigurableApplicationContext commandsA = start(CommandSideApplication.class, "command-a");
        ConfigurableApplicationContext commandsB = start(CommandSideApplication.class, "command-b");
        ConfigurableApplicationContext queryA = start(QuerySideApplication.class, "query-a", HandledBy.class);
        ConfigurableApplicationContext queryB = start(QuerySideApplication.class, "query-b", HandledBy.class);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(segmentsHeldBy(queryA)).hasSize(1);
            assertThat(segmentsHeldBy(queryB)).hasSize(1);
        });
        assertThat(claims()).containsOnlyKeys(0, 1);
        assertThat(new HashSet<>(claims().values())).containsExactlyInAnyOrder("query-a", "query-b");

        List<WebTestClient> commands = List.of(client(commandsA), client(commandsB));
        TestOffice.register(commands.get(0), "office-1").importHouseholds("h-", 60);
        Set<String> registered = new HashSet<>();
        for (int n = 0; n < 40; n++) {
            registered.add(register(commands.get(n % 2), n));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> HANDLED.size() == registered.size());
        assertThat(HANDLED.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
        assertThat(HANDLED.values().stream().map(nodes -> nodes.get(0)).collect(Collectors.toSet()))
                .as("both instances handled some").containsExactlyInAnyOrder("query-a", "query-b");
        WebTestClient readsB = client(queryB);
        for (String id : registered) {
            readsB.get().uri("/api/complaints/" + id).exchange().expectStatus().isOk();
        }

        queryA.close();
        contexts.remove(queryA);
        long stoppedAt = System.nanoTime();
        await().atMost(CLAIM_TIMEOUT.multipliedBy(2))
               .untilAsserted(() -> assertThat(segmentsHeldBy(queryB)).containsExactlyInAnyOrder(0, 1));
        Duration takeover = Duration.ofNanos(System.nanoTime() - stoppedAt);
        System.out.printf("Scale-out: the remaining query instance held both segments %d ms after the other stopped%n",
                          takeover.toMillis());
        assertThat(takeover).isLessThanOrEqualTo(CLAIM_TIMEOUT);
        assertThat(claims()).containsEntry(0, "query-b").containsEntry(1, "query-b");

        commandsA.close();
        contexts.remove(commandsA);
        for (int n = 40; n < 60; n++) {
            registered.add(register(commands.get(1), n));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> HANDLED.size() == registered.size());
        assertThat(HANDLED.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
        for (String id : registered) {
            readsB.get().uri("/api/complaints/" + id).exchange().expectStatus().isOk();
        }
    }
}
