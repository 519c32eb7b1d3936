package com.propcare.query.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.propcare.eventstore.TestMongo;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A processor's batch holds its view and index writes until its last event is handled, lets its own events read
 * what it changed, and writes nothing when it fails, so that handling the events again gives the same read model.
 */
class ProcessorBatchTest {

    /** A view counting the events of one aggregate. */
    record Tally(String id, long version, List<String> seen) {
    }

    private final TestMongo mongo = new TestMongo();
    private final MongoCollection<Document> tallies = mongo.database("batch-test").getCollection("tallies");
    private final MongoCollection<Document> index = mongo.database("batch-test").getCollection("index");
    private final VersionedViews<Tally> views = tallies();
    private final MessageHandlerInterceptor<EventMessage<?>> flushAfterLastEvent = ProcessorBatch.flushAfterLastEvent();

    @AfterEach
    void close() {
        mongo.close();
    }

    private VersionedViews<Tally> tallies() {
        return new VersionedViews<>(tallies, tally -> new Document("_id", tally.id()).append("version", tally.version())
                                                                                  .append("seen", tally.seen()),
                                    document -> new Tally(document.getString("_id"), document.getLong("version"),
                                                          document.getList("seen", String.class)),
                                    Tally::id, Tally::version);
    }

    /** Tallies whose events are labelled {@code <tally>#<sequence>}, read ahead for a whole batch. */
    private VersionedViews<Tally> talliesReadingAhead() {
        return tallies().readingAhead(payload -> ((String) payload).split("#")[0]);
    }

    /** Event {@code n} of aggregate "a" has sequence {@code n}; handling it appends its label to the tally. */
    private void handle(String label, long sequence) {
        views.apply("a", sequence, current -> {
            List<String> seen = new ArrayList<>(current == null ? List.of() : current.seen());
            seen.add(label);
            ProcessorBatch.setFields(index, "office-1", Map.of("latest", label));
            return new Tally("a", sequence, seen);
        });
    }

    private void runBatch(List<String> labels, InterceptorChain handler) throws Exception {
        List<EventMessage<?>> events = labels.stream().<EventMessage<?>>map(GenericEventMessage::new).toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        ResultMessage<?> result = batch.executeWithResult(() -> flushAfterLastEvent.handle(batch, handler));
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }

    private static String label() {
        return (String) CurrentUnitOfWork.get().getMessage().getPayload();
    }

    @Test
    void a_batch_writes_its_views_and_index_once_after_its_last_event_and_reads_its_own_changes_before() throws Exception {
        List<Long> storedWhileHandling = new ArrayList<>();
        List<Integer> seenWhileHandling = new ArrayList<>();

        runBatch(List.of("e0", "e1", "e2"), () -> {
            String label = label();
            handle(label, Long.parseLong(label.substring(1)));
            Document stored = tallies.find(Filters.eq("_id", "a")).first();
            storedWhileHandling.add(stored == null ? -1 : stored.getLong("version"));
            seenWhileHandling.add(views.find("a").orElseThrow().seen().size());
            return null;
        });

        assertThat(storedWhileHandling).containsExactly(-1L, -1L, -1L);
        assertThat(seenWhileHandling).containsExactly(1, 2, 3);
        assertThat(views.find("a")).get().isEqualTo(new Tally("a", 2, List.of("e0", "e1", "e2")));
        assertThat(index.find().first()).isEqualTo(new Document("_id", "office-1").append("latest", "e2"));
    }

    @Test
    void a_batch_that_fails_writes_nothing_and_handling_its_events_again_gives_the_same_read_model() throws Exception {
        runBatch(List.of("e0"), () -> {
            handle(label(), 0);
            return null;
        });

        assertThatThrownBy(() -> runBatch(List.of("e1", "e2"), () -> {
            String label = label();
            handle(label, Long.parseLong(label.substring(1)));
            if (label.equals("e2")) {
                throw new IllegalStateException("the store went away");
            }
            return null;
        })).hasMessage("the store went away");
        assertThat(views.find("a")).get().isEqualTo(new Tally("a", 0, List.of("e0")));
        assertThat(index.find().first().getString("latest")).isEqualTo("e0");

        runBatch(List.of("e0", "e1", "e2"), () -> {
            String label = label();
            handle(label, Long.parseLong(label.substring(1)));
            return null;
        });

        assertThat(views.find("a")).get().isEqualTo(new Tally("a", 2, List.of("e0", "e1", "e2")));
        assertThat(index.find().first().getString("latest")).isEqualTo("e2");
    }

    @Test
    void views_read_ahead_for_a_batch_are_changed_like_views_read_one_by_one() throws Exception {
        runBatch(List.of("e0"), () -> {
            handle(label(), 0);
            return null;
        });
        VersionedViews<Tally> readingAhead = talliesReadingAhead();

        runBatch(List.of("a#1", "b#0", "a#2", "b#1", "c#0"), () -> {
            String[] event = label().split("#");
            long sequence = Long.parseLong(event[1]);
            readingAhead.apply(event[0], sequence, current -> {
                List<String> seen = new ArrayList<>(current == null ? List.of() : current.seen());
                seen.add(label());
                return new Tally(event[0], sequence, seen);
            });
            return null;
        });

        assertThat(views.find("a")).get().isEqualTo(new Tally("a", 2, List.of("e0", "a#1", "a#2")));
        assertThat(views.find("b")).get().isEqualTo(new Tally("b", 1, List.of("b#0", "b#1")));
        assertThat(views.find("c")).get().isEqualTo(new Tally("c", 0, List.of("c#0")));
    }

    @Test
    void a_batch_reading_ahead_more_views_than_one_lookup_takes_still_sees_each_of_them() throws Exception {
        VersionedViews<Tally> readingAhead = talliesReadingAhead();
        List<String> events = new ArrayList<>();
        IntStream.range(0, 150).forEach(n -> events.add("old-" + n + "#1"));
        IntStream.range(0, 150).forEach(n -> events.add("new-" + n + "#0"));
        IntStream.range(0, 150).forEach(n -> events.add("new-" + n + "#1"));
        IntStream.range(0, 150).forEach(n -> tallies.insertOne(new Document("_id", "old-" + n).append("version", 0L)
                                                                      .append("seen", List.of("old-" + n + "#0"))));

        runBatch(events, () -> {
            String[] event = label().split("#");
            long sequence = Long.parseLong(event[1]);
            readingAhead.apply(event[0], sequence, current -> {
                if (sequence > 0 && current == null) {
                    throw new IllegalStateException("no view of " + event[0] + " for #" + sequence);
                }
                List<String> seen = new ArrayList<>(current == null ? List.of() : current.seen());
                seen.add(label());
                return new Tally(event[0], sequence, seen);
            });
            return null;
        });

        assertThat(tallies.countDocuments()).isEqualTo(300);
        assertThat(views.find("new-149")).get().isEqualTo(new Tally("new-149", 1, List.of("new-149#0", "new-149#1")));
    }

    @Test
    void outside_a_batch_every_write_goes_out_at_once() {
        IntStream.range(0, 3).forEach(sequence -> {
            handle("e" + sequence, sequence);
            assertThat(tallies.find().first().getLong("version")).isEqualTo(sequence);
            assertThat(index.find().first().getString("latest")).isEqualTo("e" + sequence);
        });
    }
}
