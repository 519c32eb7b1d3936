package com.propcare.eventstore;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoEventStorageEngineTest {

    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private TestMongo mongo;
    private MongoDatabase database;
    private MutableClock clock;
    private HeldPositionCounter counter;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = new TestMongo();
        database = mongo.database("events-test");
        clock = new MutableClock(START);
        counter = new HeldPositionCounter(new MongoPositionCounter(database.getCollection("event_positions")));
        engine = engine(10);
    }

    private MongoEventStorageEngine engine(int batchSize) {
        return engine(batchSize, counter);
    }

    private MongoEventStorageEngine engineWith(PositionCounter positions) {
        return engine(10, positions);
    }

    private MongoEventStorageEngine engine(int batchSize, PositionCounter positions) {
        return engine(batchSize, positions, database);
    }

    private MongoEventStorageEngine engine(int batchSize, PositionCounter positions, MongoDatabase store) {
        MongoEventStorageEngine built = MongoEventStorageEngine.builder()
                                                               .database(store)
                                                               .positionCounter(positions)
                                                               .clock(clock)
                                                               .eventSerializer(EventStoreConfiguration.plainJsonSerializer())
                                                               .snapshotSerializer(EventStoreConfiguration.plainJsonSerializer())
                                                               .batchSize(batchSize)
                                                               .gapTimeout(Duration.ofSeconds(60))
                                                               .build();
        built.ensureIndexes();
        return built;
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static DomainEventMessage<TestEvent> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, new TestEvent(aggregate + "#" + sequence));
    }

    private List<String> readAll(TrackingToken from) {
        return engine.readEvents(from, false).map(m -> ((TestEvent) m.getPayload()).label()).toList();
    }

    private List<TrackedEventMessage<?>> readAllMessages(TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    @Test
    void an_aggregate_reads_back_all_its_commits_in_sequence_order() {
        engine.appendEvents(List.of(event("a", 0), event("a", 1), event("a", 2)));
        engine.appendEvents(List.of(event("b", 0)));
        engine.appendEvents(IntStream.range(3, 30).mapToObj(s -> event("a", s)).toList());

        List<Long> sequences = engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(sequences).containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(Long::valueOf).toList());
        assertThat(engine.lastSequenceNumberFor("a")).contains(29L);
        assertThat(engine.lastSequenceNumberFor("b")).contains(0L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void one_commit_is_one_document_holding_consecutive_global_positions() {
        engine.appendEvents(List.of(event("a", 0), event("a", 1)));
        engine.appendEvents(List.of(event("b", 0), event("b", 1), event("b", 2)));

        List<Document> commits = database.getCollection("events").find().into(new ArrayList<>());

        assertThat(commits).extracting(commit -> commit.getList("positions", Long.class))
                           .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L, 4L, 5L));
    }

    @Test
    void a_second_writer_of_the_same_sequence_gets_a_concurrency_conflict_and_nothing_is_written() {
        engine.appendEvents(List.of(event("a", 0), event("a", 1)));

        assertThatThrownBy(() -> engine.appendEvents(List.of(event("a", 1), event("a", 2))))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("a", 0))))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.readEvents("a").asStream().map(m -> ((TestEvent) m.getPayload()).label()))
                .containsExactly("a#0", "a#1");
    }

    @Test
    void positions_of_a_refused_commit_are_marked_empty_so_readers_do_not_wait_for_them() {
        engine.appendEvents(List.of(event("a", 0)));
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("a", 0), event("a", 1))))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(List.of(event("a", 1)));

        List<TrackedEventMessage<?>> read = readAllMessages(null);

        assertThat(read).extracting(m -> ((TestEvent) m.getPayload()).label()).containsExactly("a#0", "a#1");
        GapAwareTrackingToken last = (GapAwareTrackingToken) read.get(1).trackingToken();
        assertThat(last.getIndex()).isEqualTo(4);
        assertThat(last.getGaps()).isEmpty();
    }

    @Test
    void concurrent_appenders_share_reservations_and_every_commit_lands_once_on_consecutive_positions()
            throws Exception {
        AtomicInteger reservations = new AtomicInteger();
        PositionCounter counting = new PositionCounter() {
            @Override
            public long reserve(int count) {
                reservations.incrementAndGet();
                return counter.reserve(count);
            }

            @Override
            public long highestReserved() {
                return counter.highestReserved();
            }
        };
        MongoEventStorageEngine grouped = engineWith(counting);
        int appenders = 16;
        int commitsEach = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(appenders);
        List<Future<?>> running = new ArrayList<>();
        for (int thread = 0; thread < appenders; thread++) {
            String aggregate = "t" + thread;
            running.add(threads.submit(() -> {
                start.await();
                for (int sequence = 0; sequence < commitsEach; sequence++) {
                    grouped.appendEvents(List.of(event(aggregate, sequence)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> appender : running) {
            appender.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        List<TrackedEventMessage<?>> read = readAllMessages(null);
        assertThat(read).hasSize(appenders * commitsEach);
        assertThat(read).extracting(m -> m.trackingToken().position().orElseThrow())
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, appenders * commitsEach).boxed().toList());
        for (int thread = 0; thread < appenders; thread++) {
            String aggregate = "t" + thread;
            assertThat(read).extracting(m -> ((TestEvent) m.getPayload()).label())
                            .filteredOn(label -> label.startsWith(aggregate + "#"))
                            .containsExactlyElementsOf(IntStream.range(0, commitsEach)
                                                                .mapToObj(sequence -> aggregate + "#" + sequence)
                                                                .toList());
        }
        assertThat(reservations.get()).isLessThan(appenders * commitsEach);
    }

    @Test
    void appenders_racing_for_one_sequence_number_in_one_group_leave_one_winner_and_no_gap() throws Exception {
        engine.appendEvents(List.of(event("contended", 0)));
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int racer = 0; racer < racers; racer++) {
            outcomes.add(threads.submit(() -> {
                start.await();
                try {
                    engine.appendEvents(List.of(event("contended", 1)));
                    return "written";
                } catch (ConcurrencyException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();
        engine.appendEvents(List.of(event("after", 0)));

        assertThat(results).containsOnlyOnce("written").containsOnly("written", "conflict");
        List<TrackedEventMessage<?>> read = readAllMessages(null);
        assertThat(read).extracting(m -> ((TestEvent) m.getPayload()).label()).containsExactly("contended#0", "contended#1",
                                                                                  "after#0");
        assertThat(((GapAwareTrackingToken) read.get(2).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void a_tracking_reader_sees_every_event_once_in_global_order_across_batches() {
        for (int i = 0; i < 25; i++) {
            engine.appendEvents(List.of(event("agg-" + (i % 4), i / 4 * 2), event("agg-" + (i % 4), i / 4 * 2 + 1)));
        }

        List<TrackedEventMessage<?>> read = readAllMessages(null);

        assertThat(read).hasSize(50);
        assertThat(read).extracting(m -> ((GapAwareTrackingToken) m.trackingToken()).getIndex())
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).mapToObj(Long::valueOf).toList());
    }

    @Test
    void a_reader_that_stopped_in_the_middle_of_a_commit_resumes_with_the_rest_of_it() {
        engine.appendEvents(List.of(event("a", 0), event("a", 1), event("a", 2)));
        engine.appendEvents(List.of(event("b", 0)));
        TrackingToken afterFirst = readAllMessages(null).get(0).trackingToken();

        assertThat(readAll(afterFirst)).containsExactly("a#1", "a#2", "b#0");
    }

    @Test
    void non_aggregate_events_are_stored_and_tracked_too() {
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage(new TestEvent("broadcast"))));
        engine.appendEvents(List.of(event("a", 0)));

        assertThat(readAll(null)).containsExactly("broadcast", "a#0");
    }

    @Test
    void a_writer_that_commits_long_after_reserving_its_position_is_still_delivered_exactly_once() throws Exception {
        engine.appendEvents(List.of(event("early", 0)));
        counter.holdNextReservation();
        DomainEventMessage<TestEvent> late = new GenericDomainEventMessage<>(
                "Test", "late", 0, new TestEvent("late#0"), org.axonframework.messaging.MetaData.emptyInstance(),
                "late-event", START.minus(Duration.ofHours(1)));
        CompletableFuture<Void> slowWriter = CompletableFuture.runAsync(() -> engine.appendEvents(List.of(late)));
        long heldPosition = counter.awaitHeldReservation();
        engine.appendEvents(List.of(event("after", 0), event("after", 1)));

        List<TrackedEventMessage<?>> firstPass = readAllMessages(null);
        assertThat(firstPass).extracting(m -> ((TestEvent) m.getPayload()).label())
                             .containsExactly("early#0", "after#0", "after#1");
        TrackingToken resumeFrom = firstPass.get(2).trackingToken();
        assertThat(((GapAwareTrackingToken) resumeFrom).getGaps()).containsExactly(heldPosition);

        clock.advance(Duration.ofSeconds(30));
        counter.release();
        slowWriter.get();

        assertThat(readAll(resumeFrom)).containsExactly("late#0");
        TrackingToken afterLate = readAllMessages(resumeFrom).get(0).trackingToken();
        assertThat(readAll(afterLate)).isEmpty();
        assertThat(((GapAwareTrackingToken) afterLate).getGaps()).isEmpty();
    }

    @Test
    void a_gap_is_given_up_only_after_the_timeout_counted_from_when_the_reader_first_saw_it() {
        engine.appendEvents(List.of(event("a", 0)));
        counter.reserve(1); // a writer that died after reserving: position 2 never filled
        engine.appendEvents(List.of(event("b", 0)));
        TrackingToken seen = readAllMessages(null).get(1).trackingToken();
        assertThat(((GapAwareTrackingToken) seen).getGaps()).containsExactly(2L);

        clock.advance(Duration.ofSeconds(59));
        engine.appendEvents(List.of(event("c", 0)));
        TrackingToken stillWaiting = readAllMessages(seen).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) stillWaiting).getGaps()).containsExactly(2L);

        clock.advance(Duration.ofSeconds(2));
        engine.appendEvents(List.of(event("d", 0)));
        TrackingToken givenUp = readAllMessages(stillWaiting).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) givenUp).getGaps()).isEmpty();
    }

    @Test
    void a_window_full_of_unfilled_reservations_does_not_stall_readers() {
        engine.appendEvents(List.of(event("a", 0)));
        counter.reserve(35); // lost reservations, more than three fetch windows
        engine.appendEvents(List.of(event("b", 0)));

        List<TrackedEventMessage<?>> read = readAllMessages(null);

        assertThat(read).extracting(m -> ((TestEvent) m.getPayload()).label()).containsExactly("a#0", "b#0");
        assertThat(((GapAwareTrackingToken) read.get(1).trackingToken()).getIndex()).isEqualTo(37);
    }

    @Test
    void a_reader_at_the_head_does_not_pass_over_commits_written_while_it_looks_further_ahead() {
        engine.appendEvents(List.of(event("a", 0)));
        TrackingToken atHead = readAllMessages(null).get(0).trackingToken();
        // the reader finds its window empty; before it looks further ahead, a writer appends more than a window
        MongoEventStorageEngine reader = engineWith(new PositionCounter() {
            private final AtomicInteger probes = new AtomicInteger();

            @Override
            public long reserve(int count) {
                return counter.reserve(count);
            }

            @Override
            public long highestReserved() {
                if (probes.getAndIncrement() == 0) {
                    LongStream.range(1, 15).forEach(s -> engine.appendEvents(List.of(event("a", s))));
                }
                return counter.highestReserved();
            }
        });

        List<String> read = reader.readEvents(atHead, false).map(m -> ((TestEvent) m.getPayload()).label()).toList();

        assertThat(read).containsExactlyElementsOf(LongStream.range(1, 15).mapToObj(s -> "a#" + s).toList());
    }

    @Test
    void a_commit_that_a_read_passed_over_comes_before_the_commits_written_after_it() {
        engine.appendEvents(List.of(event("a", 0)));
        engine.appendEvents(List.of(event("a", 1)));
        engine.appendEvents(List.of(event("a", 2)));
        // as a real MongoDB may answer while a#1 is being written: its first read passes over position 2, then
        // finds a#2 at position 3
        MongoEventStorageEngine reader = engine(10, counter, passingOverInTwoFinds(database, 2L));

        List<String> read = reader.readEvents(null, false).map(m -> ((TestEvent) m.getPayload()).label()).toList();

        assertThat(read).containsExactly("a#0", "a#1", "a#2");
    }

    /** The database, except that the first two finds in the events collection leave out the commit at {@code id}. */
    private static MongoDatabase passingOverInTwoFinds(MongoDatabase database, long id) {
        AtomicInteger finds = new AtomicInteger();
        return proxy(MongoDatabase.class, (method, args) -> {
            Object result = method.invoke(database, args);
            if (!method.getName().equals("getCollection") || !MongoEventStorageEngine.EVENTS.equals(args[0])) {
                return result;
            }
            return proxy(MongoCollection.class, (find, findArgs) -> {
                Object found = find.invoke(result, findArgs);
                return find.getName().equals("find") && finds.incrementAndGet() <= 2
                        ? leavingOut((FindIterable<?>) found, id) : found;
            });
        });
    }

    /** What a find answers without the document whose {@code _id} is {@code id}, however the find is refined. */
    @SuppressWarnings("unchecked")
    private static FindIterable<?> leavingOut(FindIterable<?> found, long id) {
        return proxy(FindIterable.class, (method, args) -> {
            if (method.getName().equals("forEach")) {
                Consumer<Object> consumer = (Consumer<Object>) args[0];
                found.forEach(document -> {
                    if (((Document) document).get("_id", Number.class).longValue() != id) {
                        consumer.accept(document);
                    }
                });
                return null;
            }
            Object result = method.invoke(found, args);
            return result instanceof FindIterable<?> refined ? leavingOut(refined, id) : result;
        });
    }

    private interface Invocation {
        Object call(Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Invocation invocation) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            try {
                return invocation.call(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void the_newest_snapshot_wins_and_the_events_after_it_load_from_its_sequence() {
        engine.appendEvents(IntStream.range(0, 6).mapToObj(s -> event("a", s)).toList());
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "a", 5, new TestEvent("snapshot@5")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "a", 3, new TestEvent("snapshot@3")));
        engine.appendEvents(List.of(event("a", 6)));

        DomainEventMessage<?> snapshot = engine.readSnapshot("a").orElseThrow();
        List<String> after = engine.readEvents("a", snapshot.getSequenceNumber() + 1).asStream()
                                   .map(m -> ((TestEvent) m.getPayload()).label()).toList();

        assertThat(((TestEvent) snapshot.getPayload()).label()).isEqualTo("snapshot@5");
        assertThat(after).containsExactly("a#6");
    }

    @Test
    void head_and_time_based_tokens_point_where_they_should() {
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Test", "a", 0, new TestEvent("a#0"),
                                                                    org.axonframework.messaging.MetaData.emptyInstance(),
                                                                    "e1", START)));
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Test", "b", 0, new TestEvent("b#0"),
                                                                    org.axonframework.messaging.MetaData.emptyInstance(),
                                                                    "e2", START.plusSeconds(60))));

        assertThat(readAll(engine.createTokenAt(START.plusSeconds(30)))).containsExactly("b#0");
        assertThat(readAll(engine.createHeadToken())).isEmpty();
        assertThat(readAll(engine.createTailToken())).containsExactly("a#0", "b#0");
    }

    @Test
    void a_head_token_taken_while_the_newest_reservation_is_unwritten_stops_below_it_and_later_sees_it()
            throws Exception {
        engine.appendEvents(List.of(event("a", 0)));
        counter.holdNextReservation();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = writer.submit(() -> engine.appendEvents(List.of(event("b", 0))));
            long held = counter.awaitHeldReservation();

            TrackingToken head = engine.createHeadToken();

            assertThat(head.position()).hasValue(held - 1);
            counter.release();
            slow.get(10, TimeUnit.SECONDS);
            assertThat(readAll(head)).containsExactly("b#0");
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void nothing_updates_an_event_document_after_it_was_written() {
        engine.appendEvents(List.of(event("a", 0)));
        Document before = database.getCollection("events").find(Filters.eq("_id", 1L)).first();
        engine.appendEvents(List.of(event("a", 1)));
        readAll(null);

        assertThat(database.getCollection("events").find(Filters.eq("_id", 1L)).first()).isEqualTo(before);
    }

}
