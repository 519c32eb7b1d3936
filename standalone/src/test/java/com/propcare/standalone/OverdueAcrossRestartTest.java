package com.propcare.standalone;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.deadline.OverdueScheduler;
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
import com.propcare.eventstore.MutableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An obligation falls due while the application is down: after start-up it is marked overdue, once, although the
 * scheduler keeps polling. The deadline lives in the store, not in the memory of the process that set it.
 */
class OverdueAcrossRestartTest {

    private static final Instant DUE = Instant.parse("2026-11-25T02:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(DUE.minus(Duration.ofDays(2)));
    private static final CallbackId CALLBACK = new CallbackId("cb-restart-1");

    @TempDir
    Path data;

    @Configuration(proxyBeanMethods = false)
    static class ControlledClock {
        @Bean
        @Primary
        Clock controlledClock() {
            return CLOCK;
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class, ControlledClock.class)
                .run("--server.port=0", "--propcare.mongodb.uri=", "--propcare.mongodb.data-dir=" + data,
                     "--propcare.deadlines.poll-interval=PT0.1S");
    }

    private static long overdueEvents(ConfigurableApplicationContext context) {
        return context.getBean(EventStore.class).readEvents(CALLBACK.value()).asStream()
                      .filter(event -> event.getPayload() instanceof CallbackOverdue).count();
    }

    @Test
    void an_obligation_falling_due_while_the_application_is_down_is_marked_overdue_once_after_start_up() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(CommandGateway.class).sendAndWait(new ScheduleCallback(
                    CALLBACK, new OfficeId("office-1"), KindCode.of(CallbackKind.COMPLAINT),
                    new Subject(SubjectType.COMPLAINT, "complaint-restart"), new HouseholdId("h-1"), DUE,
                    List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), null, null, false, Set.of(), false, 3, null,
                    "complaint result reported", new PolicyVersion("office-1:default"), CLOCK.instant()));
            assertThat(first.getBean(OverdueScheduler.class).poll()).isZero();
            assertThat(overdueEvents(first)).isZero();
        }

        CLOCK.set(DUE.plus(Duration.ofHours(3)));

        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> overdueEvents(second) == 1);
            OverdueScheduler scheduler = second.getBean(OverdueScheduler.class);
            scheduler.poll();
            scheduler.poll();
            assertThat(overdueEvents(second)).isEqualTo(1);
            CallbackOverdue overdue = second.getBean(EventStore.class).readEvents(CALLBACK.value()).asStream()
                                            .map(event -> event.getPayload())
                                            .filter(CallbackOverdue.class::isInstance)
                                            .map(CallbackOverdue.class::cast).findFirst().orElseThrow();
            assertThat(overdue.due()).isEqualTo(DUE);
            assertThat(overdue.detectedAt()).isAfter(DUE);
        }
    }
}
