package com.propcare.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * The stored shape of the log. One document per commit:
 * <pre>
 * { _id: first global position, positions: [p, p+1, …], sequenceKeys: ["id:3", "id:4", …],
 *   aggregateId, aggregateType, firstSequence, lastSequence, timestamp,
 *   events: [ { eventId, sequence, timestamp, payloadType, payloadRevision, payload, metaData, encoding } ] }
 * </pre>
 * Payload and metadata are the serializer's JSON text, kept verbatim so that hashes of the stored form stay
 * stable. {@code encoding: "plain-json"} marks text any JSON reader takes as it is; events without it were written
 * with Java type names inside and are read through {@link LegacyTyping}. Events that belong to no aggregate get the key {@code ~event:<eventId>}; a tombstone (positions that
 * will never hold events) has no events and the key {@code ~tombstone:<first position>}.
 */
final class CommitDocument {

    static final String POSITIONS = "positions";
    static final String SEQUENCE_KEYS = "sequenceKeys";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String TIMESTAMP = "timestamp";
    static final String EVENTS = "events";
    static final String SEQUENCE = "sequence";

    private static final String EVENT_ID = "eventId";
    private static final String PAYLOAD_TYPE = "payloadType";
    private static final String PAYLOAD_REVISION = "payloadRevision";
    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "metaData";
    private static final String ENCODING = "encoding";
    private static final String PLAIN_JSON = "plain-json";

    private CommitDocument() {
    }

    static String sequenceKey(String aggregateId, long sequence) {
        return aggregateId + ":" + sequence;
    }

    /** Groups consecutive events of the same aggregate; every other event is a commit of its own. */
    static List<List<? extends EventMessage<?>>> splitByAggregate(List<? extends EventMessage<?>> messages) {
        List<List<? extends EventMessage<?>>> commits = new ArrayList<>();
        List<EventMessage<?>> current = new ArrayList<>();
        String currentAggregate = null;
        for (EventMessage<?> message : messages) {
            String aggregate = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
            if (!current.isEmpty() && (aggregate == null || !aggregate.equals(currentAggregate))) {
                commits.add(current);
                current = new ArrayList<>();
            }
            current.add(message);
            currentAggregate = aggregate;
        }
        if (!current.isEmpty()) {
            commits.add(current);
        }
        return commits;
    }

    /**
     * The commits holding these positions. Most are found by their first position ({@code _id}), which returns
     * each commit once; only positions inside a commit that starts elsewhere are looked up through the multikey
     * index, which the embedded server answers with one copy of the commit per matching key.
     */
    static List<Document> covering(MongoCollection<Document> events, Collection<Long> positions) {
        Map<Object, Document> byId = new LinkedHashMap<>();
        events.find(Filters.in("_id", positions)).forEach(commit -> byId.put(commit.get("_id"), commit));
        Set<Long> covered = new HashSet<>();
        byId.values().forEach(commit -> commit.getList(POSITIONS, Number.class)
                                              .forEach(position -> covered.add(position.longValue())));
        List<Long> inside = positions.stream().filter(position -> !covered.contains(position)).toList();
        if (!inside.isEmpty()) {
            events.find(Filters.in(POSITIONS, inside)).forEach(commit -> byId.putIfAbsent(commit.get("_id"), commit));
        }
        return new ArrayList<>(byId.values());
    }

    /** The embedded server returns a multikey match once per matching key; a real MongoDB returns it once. */
    static List<Document> distinct(Iterable<Document> commits) {
        Map<Object, Document> byId = new LinkedHashMap<>();
        commits.forEach(commit -> byId.putIfAbsent(commit.get("_id"), commit));
        return new ArrayList<>(byId.values());
    }

    /**
     * The commit's document without its positions, so that it can be serialised before positions are reserved;
     * {@link #place} fills them in ({@code _id} keeps its place as the first field).
     */
    static Document unplaced(List<? extends EventMessage<?>> commit, Serializer serializer) {
        List<String> keys = new ArrayList<>();
        List<Document> events = new ArrayList<>();
        String aggregateId = null;
        String aggregateType = null;
        long firstSequence = 0;
        long lastSequence = 0;
        for (EventMessage<?> message : commit) {
            long sequence = 0;
            if (message instanceof DomainEventMessage<?> domain) {
                aggregateId = domain.getAggregateIdentifier();
                aggregateType = domain.getType();
                sequence = domain.getSequenceNumber();
                keys.add(sequenceKey(aggregateId, sequence));
                if (events.isEmpty()) {
                    firstSequence = sequence;
                }
                lastSequence = sequence;
            } else {
                keys.add("~event:" + message.getIdentifier());
            }
            events.add(event(message, sequence, serializer).append(ENCODING, PLAIN_JSON));
        }
        return new Document("_id", null)
                .append(POSITIONS, null)
                .append(SEQUENCE_KEYS, keys)
                .append(AGGREGATE_ID, aggregateId)
                .append(AGGREGATE_TYPE, aggregateType)
                .append(FIRST_SEQUENCE, firstSequence)
                .append(LAST_SEQUENCE, lastSequence)
                .append(TIMESTAMP, Date.from(commit.get(0).getTimestamp()))
                .append(EVENTS, events);
    }

    static void place(Document commit, long firstPosition, int count) {
        commit.put("_id", firstPosition);
        commit.put(POSITIONS, LongStream.range(firstPosition, firstPosition + count).boxed().toList());
    }

    static Document tombstone(long firstPosition, int count, Instant now) {
        return new Document("_id", firstPosition)
                .append(POSITIONS, LongStream.range(firstPosition, firstPosition + count).boxed().toList())
                .append(SEQUENCE_KEYS, List.of("~tombstone:" + firstPosition))
                .append(TIMESTAMP, Date.from(now))
                .append(EVENTS, List.of());
    }

    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        return new Document("_id", snapshot.getAggregateIdentifier())
                .append(AGGREGATE_TYPE, snapshot.getType())
                .append(SEQUENCE, snapshot.getSequenceNumber())
                .append(EVENTS, List.of(event(snapshot, snapshot.getSequenceNumber(), serializer)));
    }

    private static Document event(EventMessage<?> message, long sequence, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(message.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(message.getMetaData(), String.class);
        return new Document(EVENT_ID, message.getIdentifier())
                .append(SEQUENCE, sequence)
                .append(TIMESTAMP, Date.from(message.getTimestamp()))
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static List<GenericDomainEventEntry<String>> domainEvents(Document commit) {
        List<GenericDomainEventEntry<String>> entries = new ArrayList<>();
        for (Document event : commit.getList(EVENTS, Document.class)) {
            entries.add(domainEntry(commit.getString(AGGREGATE_TYPE), commit.getString(AGGREGATE_ID), event));
        }
        return entries;
    }

    /** Snapshots are private state in the snapshot serializer's own form; they are read as written. */
    static GenericDomainEventEntry<String> snapshotEntry(Document snapshot) {
        Document event = snapshot.getList(EVENTS, Document.class).get(0);
        return new GenericDomainEventEntry<>(snapshot.getString(AGGREGATE_TYPE), snapshot.getString("_id"),
                                             sequenceOf(event), event.getString(EVENT_ID),
                                             event.getDate(TIMESTAMP).toInstant(), event.getString(PAYLOAD_TYPE),
                                             event.getString(PAYLOAD_REVISION), event.getString(PAYLOAD),
                                             event.getString(META_DATA));
    }

    private static GenericDomainEventEntry<String> domainEntry(String type, String aggregateId, Document event) {
        return new GenericDomainEventEntry<>(type, aggregateId, sequenceOf(event), event.getString(EVENT_ID),
                                             event.getDate(TIMESTAMP).toInstant(), event.getString(PAYLOAD_TYPE),
                                             event.getString(PAYLOAD_REVISION), plain(event, PAYLOAD),
                                             plain(event, META_DATA));
    }

    private static String plain(Document event, String field) {
        String text = event.getString(field);
        return PLAIN_JSON.equals(event.getString(ENCODING)) ? text : LegacyTyping.plain(text);
    }

    static TrackedDomainEventData<String> trackedEvent(Document commit, Document event, TrackingToken token) {
        String aggregateId = Objects.requireNonNullElse(commit.getString(AGGREGATE_ID), event.getString(EVENT_ID));
        return new TrackedDomainEventData<>(token, domainEntry(commit.getString(AGGREGATE_TYPE), aggregateId, event));
    }

    static EventLog.StoredEvent stored(long position, Document commit, Document event) {
        String aggregateId = Objects.requireNonNullElse(commit.getString(AGGREGATE_ID), event.getString(EVENT_ID));
        return new EventLog.StoredEvent(position, commit.getString(AGGREGATE_TYPE), aggregateId, sequenceOf(event),
                                        event.getString(EVENT_ID), event.getDate(TIMESTAMP).toInstant(),
                                        event.getString(PAYLOAD_TYPE), event.getString(PAYLOAD_REVISION),
                                        plain(event, PAYLOAD), plain(event, META_DATA),
                                        new EventLog.AsWritten(event.getString(PAYLOAD_REVISION),
                                                               event.getString(PAYLOAD),
                                                               event.getString(META_DATA)));
    }

    private static long sequenceOf(Document event) {
        return event.get(SEQUENCE, Number.class).longValue();
    }
}
