package com.propcare.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The log as auditors and integrators read it: each event with its global position, its payload and metadata as
 * plain JSON of its current revision (older revisions read through the upcasters), and its text exactly as written,
 * which the audit chain hashes.
 * <p>
 * {@link #following} reads in strict position order: it stops at the first position that is reserved but not yet
 * written, and passes it only once it holds a tombstone or has been waited for the gap timeout. A reader that
 * resumes "after position p" therefore never misses an event that lands below p later, which the tracking
 * processors' gap-aware tokens handle differently (they deliver late events out of order).
 */
public class EventLog {

    private static final Logger log = LoggerFactory.getLogger(EventLog.class);
    private static final int SEQUENCE_WINDOW = 100;

    private final MongoCollection<Document> events;
    private final PositionCounter counter;
    private final GapSightings sightings;
    private final Serializer serializer;
    private final EventUpcaster upcaster;

    EventLog(MongoCollection<Document> events, PositionCounter counter, GapSightings sightings,
             Serializer serializer, EventUpcaster upcaster) {
        this.events = events;
        this.counter = counter;
        this.sightings = sightings;
        this.serializer = serializer;
        this.upcaster = upcaster;
    }

    /**
     * One event of the log.
     *
     * @param aggregateId     the aggregate's id; an event of no aggregate has its own event id here and no type
     * @param payloadRevision the revision of {@code payload}: the event type's current one
     * @param payload         the payload as plain JSON of that revision, in the shape the event's schema publishes
     * @param asWritten       the text as the store holds it, unchanged since it was written
     */
    public record StoredEvent(long position, String aggregateType, String aggregateId, long sequence,
                              String eventId, Instant timestamp, String payloadType, String payloadRevision,
                              String payload, String metaData, AsWritten asWritten) {

        /** The payload type without its package, e.g. {@code ComplaintRegistered}. */
        public String simpleType() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }

    /** An event's revision, payload and metadata exactly as stored: what the audit chain hashes. */
    public record AsWritten(String payloadRevision, String payload, String metaData) {
    }

    /**
     * What {@link #following} read.
     *
     * @param events         the events found, in position order
     * @param settledThrough every position up to here is settled (an event, a tombstone or a gap given up on);
     *                       the next read starts after it
     */
    public record Slice(List<StoredEvent> events, long settledThrough) {
    }

    /** Reads at most {@code max} positions after {@code after}, in order, up to the first unsettled one. */
    public Slice following(long after, int max) {
        long last = Math.min(after + max, counter.highestReserved());
        if (last <= after) {
            return new Slice(List.of(), after);
        }
        Map<Long, StoredEvent> found = new LinkedHashMap<>();
        Set<Long> settled = new HashSet<>();
        List<Long> window = LongStream.rangeClosed(after + 1, last).boxed().toList();
        collect(CommitDocument.covering(events, window), found, settled);
        List<StoredEvent> result = new ArrayList<>();
        long settledThrough = after;
        for (long position = after + 1; position <= last; position++) {
            StoredEvent event = found.get(position);
            if (event != null) {
                result.add(event);
            } else if (!settled.contains(position)) {
                if (!sightings.timedOut(position)) {
                    break;
                }
                log.warn("Position {} was reserved but never written; the ordered log passes it", position);
            }
            settledThrough = position;
        }
        sightings.forgetLongPast();
        return new Slice(result, settledThrough);
    }

    /** The events at these positions, in position order; positions without an event are left out. */
    public List<StoredEvent> at(Collection<Long> positions) {
        Map<Long, StoredEvent> found = new LinkedHashMap<>();
        collect(CommitDocument.covering(events, positions), found, new HashSet<>());
        return positions.stream().distinct().sorted().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Every event of one aggregate, in sequence order, read by exact {@code aggregateId:sequence} keys. */
    public List<StoredEvent> aggregate(String aggregateId) {
        return aggregate(aggregateId, 0, Long.MAX_VALUE);
    }

    /** The aggregate's events from {@code firstSequence} to {@code lastSequence}, in sequence order. */
    public List<StoredEvent> aggregate(String aggregateId, long firstSequence, long lastSequence) {
        Map<Long, StoredEvent> found = new LinkedHashMap<>();
        for (long from = firstSequence; from <= lastSequence; from += SEQUENCE_WINDOW) {
            long to = Math.min(from + SEQUENCE_WINDOW - 1, lastSequence);
            List<String> keys = LongStream.rangeClosed(from, to)
                                          .mapToObj(sequence -> CommitDocument.sequenceKey(aggregateId, sequence))
                                          .toList();
            int before = found.size();
            collect(CommitDocument.distinct(events.find(Filters.in(CommitDocument.SEQUENCE_KEYS, keys))), found,
                    new HashSet<>());
            long highest = found.values().stream().mapToLong(StoredEvent::sequence).max().orElse(-1);
            if (found.size() == before || highest < to) {
                break;
            }
        }
        // a commit found by one key may hold events outside the range asked for
        List<StoredEvent> result = new ArrayList<>(found.values().stream()
                                                        .filter(event -> event.sequence() >= firstSequence
                                                                && event.sequence() <= lastSequence).toList());
        result.sort(Comparator.comparingLong(StoredEvent::sequence));
        return result;
    }

    /**
     * The ids of every aggregate of one type. It reads the whole log (the embedded server indexes nothing else):
     * for a one-time upgrade at start, never on a request.
     */
    public List<String> aggregatesOfType(String aggregateType) {
        return events.distinct(CommitDocument.AGGREGATE_ID, Filters.eq(CommitDocument.AGGREGATE_TYPE, aggregateType),
                               String.class).into(new ArrayList<>());
    }

    /** The first event of one aggregate, read by its exact {@code aggregateId:0} key. */
    public Optional<StoredEvent> first(String aggregateId) {
        Map<Long, StoredEvent> found = new LinkedHashMap<>();
        collect(CommitDocument.distinct(events.find(Filters.eq(CommitDocument.SEQUENCE_KEYS,
                                                               CommitDocument.sequenceKey(aggregateId, 0)))),
                found, new HashSet<>());
        return found.values().stream().filter(event -> event.aggregateId().equals(aggregateId)
                && event.sequence() == 0).findFirst();
    }

    /** Upcasts and deserializes stored events; each message's token is its global position. */
    public List<TrackedEventMessage<?>> deserialize(List<StoredEvent> stored) {
        return EventUtils.upcastAndDeserializeTrackedEvents(stored.stream().map(EventLog::asTrackedData), serializer,
                                                            upcaster).toList();
    }

    /** The event read through the upcasters: older revisions come out as the current one. */
    private StoredEvent current(StoredEvent event) {
        if (event.payloadType() == null) {
            return event;
        }
        IntermediateEventRepresentation upcast = upcaster.upcast(Stream.of(
                new InitialEventRepresentation(asTrackedData(event), serializer))).findFirst().orElseThrow();
        String revision = upcast.getType().getRevision();
        if (Objects.equals(revision, event.payloadRevision())) {
            return event;
        }
        return new StoredEvent(event.position(), event.aggregateType(), event.aggregateId(), event.sequence(),
                               event.eventId(), event.timestamp(), event.payloadType(), revision,
                               upcast.getData(String.class).getData(), event.metaData(), event.asWritten());
    }

    private static TrackedDomainEventData<String> asTrackedData(StoredEvent event) {
        return new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(event.position()),
                new GenericDomainEventEntry<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                                              event.eventId(), event.timestamp(), event.payloadType(),
                                              event.payloadRevision(), event.payload(), event.metaData()));
    }

    private void collect(List<Document> commits, Map<Long, StoredEvent> found, Set<Long> settled) {
        for (Document commit : commits) {
            long first = commit.get("_id", Number.class).longValue();
            commit.getList(CommitDocument.POSITIONS, Number.class).forEach(p -> settled.add(p.longValue()));
            List<Document> eventsOfCommit = commit.getList(CommitDocument.EVENTS, Document.class);
            for (int i = 0; i < eventsOfCommit.size(); i++) {
                found.put(first + i, current(CommitDocument.stored(first + i, commit, eventsOfCommit.get(i))));
            }
        }
    }
}
