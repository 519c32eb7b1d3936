package com.propcare.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application contexts share one store; several threads in each append at once (some of them conflicting on
 * the same aggregate, one of them holding its reserved position while later commits land) while a tracking
 * processor runs. Every committed event must reach the processor exactly once.
 */
class ExactlyOnceDeliveryTest {

    private static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();

    private TestMongo mongo;
    private ConfigurableApplicationContext reader;
    private ConfigurableApplicationContext other;

    @BeforeEach
    void start() {
        DELIVERIES.clear();
        mongo = new TestMongo();
        reader = context(true);
        other = context(false);
    }

    private ConfigurableApplicationContext context(boolean withProcessor) {
        return new SpringApplicationBuilder(StoreApplication.class)
                .properties(Map.of("propcare.mongodb.uri", mongo.connectionString(),
                                   "propcare.mongodb.database", mongo.databaseName("exactly-once"),
                                   "counting.enabled", String.valueOf(withProcessor),
                                   "spring.main.web-application-type", "none",
                                   "axon.axonserver.enabled", "false",
                                   "axon.eventhandling.processors.counting.mode", "pooled",
                                   "axon.eventhandling.processors.counting.initial-segment-count", "2",
                                   "axon.eventhandling.processors.counting.batch-size", "7"))
                .run();
    }

    @AfterEach
    void stop() {
        other.close();
        reader.close();
        mongo.close();
    }

    @Test
    void every_committed_event_is_delivered_exactly_once() throws Exception {
        HeldPositionCounter held = other.getBean(HeldPositionCounter.class);
        Set<String> committed = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(10);
        List<CompletableFuture<?>> running = new ArrayList<>();

        held.holdNextReservation();
        running.add(CompletableFuture.runAsync(() -> write(other, "held", 0, 1, committed), writers));
        held.awaitHeldReservation();

        for (int thread = 0; thread < 4; thread++) {
            for (ConfigurableApplicationContext context : List.of(reader, other)) {
                String aggregate = "own-" + thread + "-" + context.getId() + "-" + context.hashCode();
                running.add(CompletableFuture.runAsync(() -> {
                    long sequence = 0;
                    for (int commit = 0; commit < 40; commit++) {
                        int size = 1 + commit % 3;
                        write(context, aggregate, sequence, size, committed);
                        sequence += size;
                    }
                }, writers));
            }
        }
        for (ConfigurableApplicationContext context : List.of(reader, other)) {
            running.add(CompletableFuture.runAsync(() -> contend(context, committed), writers));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> DELIVERIES.size() > 50);
        held.release();
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();
        writers.shutdown();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThat(DELIVERIES.keySet()).containsExactlyInAnyOrderElementsOf(committed));
        assertThat(DELIVERIES.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(committed).contains("held#0").hasSizeGreaterThan(640);
    }

    private static void write(ConfigurableApplicationContext context, String aggregate, long first, int size,
                              Set<String> committed) {
        List<DomainEventMessage<TestEvent>> commit = new ArrayList<>();
        for (long sequence = first; sequence < first + size; sequence++) {
            commit.add(new GenericDomainEventMessage<>("Test", aggregate, sequence,
                                                       new TestEvent(aggregate + "#" + sequence)));
        }
        context.getBean(EventStore.class).publish(commit);
        commit.forEach(event -> committed.add(event.getPayload().label()));
    }

    /** Reads the aggregate's head and appends after it, as two instances handling commands on it would. */
    private static void contend(ConfigurableApplicationContext context, Set<String> committed) {
        EventStore store = context.getBean(EventStore.class);
        int written = 0;
        while (written < 20) {
            long next = store.lastSequenceNumberFor("contended").map(last -> last + 1).orElse(0L);
            try {
                write(context, "contended", next, 1 + written % 2, committed);
                written++;
            } catch (ConcurrencyException | org.axonframework.modelling.command.AggregateStreamCreationException e) {
                // the other instance won this sequence number: read again and retry
            }
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(EventStoreConfiguration.class)
    static class StoreApplication {

        @Bean
        HeldPositionCounter heldPositionCounter(MongoDatabase database) {
            return new HeldPositionCounter(new MongoPositionCounter(database.getCollection("event_positions")));
        }

        @Bean
        @ConditionalOnProperty(name = "counting.enabled", havingValue = "true")
        CountingHandler countingHandler() {
            return new CountingHandler();
        }
    }

    @ProcessingGroup("counting")
    static class CountingHandler {
        @EventHandler
        void on(TestEvent event) {
            DELIVERIES.computeIfAbsent(event.label(), label -> new AtomicInteger()).incrementAndGet();
        }
    }
}
