package com.propcare.command.deadline;

import com.propcare.command.CommandSideApplication;
import com.propcare.command.callback.ScheduleCallback;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.registry.StaffRole;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.MutableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command-side instances on one store, both polling the deadline book on a clock the test moves: twenty
 * callbacks falling due at once are each marked overdue exactly once, however the two schedulers interleave.
 */
class OverdueWithTwoInstancesTest {

    private static final Instant DUE = Instant.parse("2026-11-25T02:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(DUE.minus(Duration.ofDays(1)));

    private final TestMongo mongo = new TestMongo();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @Configuration(proxyBeanMethods = false)
    static class ControlledClock {
        @Bean
        @Primary
        Clock controlledClock() {
            return CLOCK;
        }
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        mongo.close();
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(CommandSideApplication.class,
                                                                               ControlledClock.class)
                .run("--server.port=0", "--propcare.mongodb.uri=" + mongo.connectionString(),
                     "--propcare.mongodb.database=" + mongo.databaseName("overdue"),
                     "--propcare.deadlines.poll-interval=PT0.05S");
        instances.add(instance);
        return instance;
    }

    private static long overdueFacts(EventStore events, CallbackId callback) {
        return events.readEvents(callback.value()).asStream()
                     .filter(event -> event.getPayload() instanceof CallbackOverdue).count();
    }

    @Test
    void each_obligation_is_marked_overdue_once_while_two_instances_poll() {
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        List<CallbackId> callbacks = IntStream.range(0, 20).mapToObj(i -> new CallbackId("cb-two-" + i)).toList();
        CommandGateway gateway = first.getBean(CommandGateway.class);
        for (CallbackId callback : callbacks) {
            gateway.sendAndWait(new ScheduleCallback(
                    callback, new OfficeId("office-1"), KindCode.of(CallbackKind.COMPLAINT),
                    new Subject(SubjectType.COMPLAINT, "complaint-" + callback), new HouseholdId("h-1"), DUE,
                    List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), null, null, false, Set.of(), false, 3, null,
                    "complaint result reported", new PolicyVersion("office-1:default"), CLOCK.instant()));
        }

        CLOCK.set(DUE.plusSeconds(1));
        CompletableFuture.allOf(CompletableFuture.runAsync(first.getBean(OverdueScheduler.class)::poll),
                                CompletableFuture.runAsync(second.getBean(OverdueScheduler.class)::poll)).join();

        EventStore events = first.getBean(EventStore.class);
        await().atMost(Duration.ofSeconds(30))
               .until(() -> callbacks.stream().allMatch(callback -> overdueFacts(events, callback) >= 1));
        first.getBean(OverdueScheduler.class).poll();
        second.getBean(OverdueScheduler.class).poll();
        assertThat(callbacks).allSatisfy(callback -> assertThat(overdueFacts(events, callback)).isEqualTo(1));
    }
}
