package com.propcare.command.deadline;

import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.MutableClock;
import com.propcare.events.OfficeId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler over a real book on the embedded server, with a clock the test moves. */
class OverdueSchedulerTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant DUE = START.plus(Duration.ofHours(2));

    /** A stand-in overdue command; the real ones are records of the capabilities. */
    record MarkTestItemOverdue(String targetId, Instant detectedAt) {
    }

    private final TestMongo mongo = new TestMongo();
    private final MongoDeadlines book = new MongoDeadlines(mongo.database("deadlines-test"));
    private final MutableClock clock = new MutableClock(START);
    private final List<MarkTestItemOverdue> handled = new CopyOnWriteArrayList<>();
    /** What an idempotent aggregate would record: one overdue fact per target. */
    private final Map<String, Instant> overdueFacts = new ConcurrentHashMap<>();
    /** Per target, how many more attempts fail before one succeeds. */
    private final Map<String, AtomicInteger> failuresAhead = new ConcurrentHashMap<>();

    @AfterEach
    void close() {
        mongo.close();
    }

    private OverdueScheduler scheduler() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(MarkTestItemOverdue.class.getName(), (CommandMessage<?> message) -> {
            MarkTestItemOverdue command = (MarkTestItemOverdue) message.getPayload();
            AtomicInteger failures = failuresAhead.get(command.targetId());
            if (failures != null && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("store unavailable");
            }
            handled.add(command);
            overdueFacts.putIfAbsent(command.targetId(), command.detectedAt());
            return null;
        });
        CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();
        OverdueCommands testItems = new OverdueCommands() {
            @Override
            public String type() {
                return "test";
            }

            @Override
            public Object markOverdue(DueItem item, Instant detectedAt) {
                return new MarkTestItemOverdue(item.targetId(), detectedAt);
            }
        };
        return new OverdueScheduler(book, List.of(testItems), gateway, clock);
    }

    private static DueItem item(String target, String type, Instant due) {
        return new DueItem(type + ":" + target, type, target, null, OFFICE, due);
    }

    @Test
    void an_item_is_not_commanded_before_it_falls_due() {
        OverdueScheduler scheduler = scheduler();
        book.open(item("cb-1", "test", DUE));

        clock.set(DUE.minusSeconds(1));

        assertThat(scheduler.poll()).isZero();
        assertThat(handled).isEmpty();
    }

    @Test
    void an_item_falling_due_is_commanded_once_and_leaves_the_book() {
        OverdueScheduler scheduler = scheduler();
        book.open(item("cb-1", "test", DUE));
        book.open(item("cb-1", "test", DUE));

        clock.set(DUE);
        scheduler.poll();
        clock.advance(Duration.ofMinutes(5));
        scheduler.poll();

        assertThat(handled).containsExactly(new MarkTestItemOverdue("cb-1", DUE));
        assertThat(book.fallenDue(clock.instant(), 10)).isEmpty();
    }

    @Test
    void a_closed_item_is_never_commanded() {
        OverdueScheduler scheduler = scheduler();
        book.open(item("cb-1", "test", DUE));
        book.close("test:cb-1");
        book.close("test:cb-1");

        clock.set(DUE.plusSeconds(60));

        assertThat(scheduler.poll()).isZero();
        assertThat(handled).isEmpty();
    }

    @Test
    void two_schedulers_on_one_book_command_each_item_and_the_book_ends_empty() {
        OverdueScheduler first = scheduler();
        OverdueScheduler second = scheduler();
        for (int i = 0; i < 30; i++) {
            book.open(item("cb-" + i, "test", DUE.plusSeconds(i)));
        }
        clock.set(DUE.plusSeconds(60));

        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(second::poll);
        first.poll();
        other.orTimeout(30, TimeUnit.SECONDS).join();

        // a duplicate command is possible and harmless (the aggregate records once); a missed item is not
        assertThat(overdueFacts).hasSize(30);
        assertThat(handled).hasSizeBetween(30, 60);
        assertThat(book.fallenDue(clock.instant(), 100)).isEmpty();
    }

    @Test
    void a_failed_command_is_retried_at_the_next_poll() {
        OverdueScheduler scheduler = scheduler();
        book.open(item("cb-1", "test", DUE));
        failuresAhead.put("cb-1", new AtomicInteger(1));
        clock.set(DUE);

        assertThat(scheduler.poll()).isZero();
        assertThat(book.fallenDue(clock.instant(), 10)).hasSize(1);

        clock.advance(Duration.ofSeconds(30));
        assertThat(scheduler.poll()).isEqualTo(1);
        assertThat(handled).containsExactly(new MarkTestItemOverdue("cb-1", DUE.plusSeconds(30)));
    }

    @Test
    void an_item_of_an_unknown_type_stays_open_and_does_not_block_the_others() {
        OverdueScheduler scheduler = scheduler();
        book.open(item("x-1", "unknown", DUE));
        book.open(item("cb-2", "test", DUE.plusSeconds(1)));
        clock.set(DUE.plusSeconds(5));

        assertThat(scheduler.poll()).isEqualTo(1);
        assertThat(book.fallenDue(clock.instant(), 10)).extracting(DueItem::key).containsExactly("unknown:x-1");
    }
}
