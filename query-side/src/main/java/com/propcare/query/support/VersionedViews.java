package com.propcare.query.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * One collection of views, one document per aggregate, read and written by {@code _id} alone (the only lookup the
 * embedded server answers from an index). Each view remembers the last sequence number of its aggregate it
 * reflects, so replays and redeliveries change nothing. Writes are not conditional on the stored version: one
 * aggregate's events are handled by one processor thread at a time, so nothing changes a view between its re-read
 * and the write that follows; a first write is an insert, which the unique {@code _id} settles if two deliveries
 * ever race.
 * <p>
 * Inside an event processor's batch ({@link ProcessorBatch}) a view is read once (with {@link #readingAhead}, all
 * the batch's views in one lookup), changed in memory by each event and written with the batch's other views in
 * one bulk of upserts after its last event; {@link #find} sees those changes, and every other read or write first
 * writes what the batch holds. There the first write is an upsert too: the batch is one segment's, and a segment
 * has one owner at a time.
 */
public final class VersionedViews<V> {

    /**
     * Ids per {@code $in}: the embedded server compares each document with the whole list, so the 10,000 ids of a
     * large import in one list cost seconds where batches of this size cost milliseconds.
     */
    private static final int IN_BATCH = 200;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> collection;
    private final Function<V, Document> toDocument;
    private final Function<Document, V> fromDocument;
    private final Function<V, String> idOf;
    private final ToLongFunction<V> versionOf;
    private Function<Object, String> changedBy = payload -> null;

    public VersionedViews(MongoCollection<Document> collection, Function<V, Document> toDocument,
                          Function<Document, V> fromDocument,
                          Function<V, String> idOf, ToLongFunction<V> versionOf) {
        this.collection = collection;
        this.toDocument = toDocument;
        this.fromDocument = fromDocument;
        this.idOf = idOf;
        this.versionOf = versionOf;
    }

    /**
     * Which view an event changes ({@code null}: none); with it, a batch reads every view its events will change in
     * one lookup when it first touches this collection, instead of one lookup per view.
     */
    public VersionedViews<V> readingAhead(Function<Object, String> viewChangedBy) {
        this.changedBy = viewChangedBy;
        return this;
    }

    public Optional<V> find(String id) {
        return batch().map(batch -> batch.current(id)).orElseGet(() -> read(id));
    }

    private Optional<V> read(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(fromDocument);
    }

    /** The views of {@code ids} in the order given, by one {@code _id $in} lookup; unknown ids are left out. */
    public List<V> findAll(Collection<String> ids) {
        writeBatch();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, V> found = new HashMap<>();
        for (List<String> batch : batches(ids)) {
            collection.find(Filters.in("_id", batch)).forEach(document -> {
                V view = fromDocument.apply(document);
                found.put(idOf.apply(view), view);
            });
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Every view; for collections that hold one small document per office. */
    public List<V> all() {
        writeBatch();
        return collection.find().map(fromDocument::apply).into(new ArrayList<>());
    }

    /** Which of {@code ids} have a view already. */
    public Set<String> existing(Collection<String> ids) {
        writeBatch();
        Set<String> existing = new HashSet<>();
        for (List<String> batch : batches(ids)) {
            collection.find(Filters.in("_id", batch)).projection(Projections.include("_id"))
                      .forEach(document -> existing.add(document.getString("_id")));
        }
        return existing;
    }

    /**
     * Applies the change made by the event with {@code sequence}, unless the view already reflects that event. The
     * change receives the current view ({@code null} before the first event) and returns the view stamped with
     * {@code sequence}.
     *
     * @return the new view, or empty when the event had already been applied
     */
    public Optional<V> apply(String id, long sequence, UnaryOperator<V> change) {
        Optional<Batch> batch = batch();
        if (batch.isPresent()) {
            V current = batch.get().current(id).orElse(null);
            if (current != null && sequence <= versionOf.applyAsLong(current)) {
                return Optional.empty();
            }
            V next = changed(id, sequence, current, change);
            batch.get().changed(next);
            return Optional.of(next);
        }
        while (true) {
            V current = read(id).orElse(null);
            if (current != null && sequence <= versionOf.applyAsLong(current)) {
                return Optional.empty();
            }
            V next = changed(id, sequence, current, change);
            if (current != null) {
                upsert(next);
                return Optional.of(next);
            }
            if (insert(next)) {
                return Optional.of(next);
            }
            // another delivery of the first event stored it meanwhile: decide again on what it wrote
        }
    }

    private V changed(String id, long sequence, V current, UnaryOperator<V> change) {
        V next = change.apply(current);
        if (!idOf.apply(next).equals(id) || versionOf.applyAsLong(next) != sequence) {
            throw new IllegalArgumentException("the change for " + id + " must yield its view at version "
                    + sequence + ", not " + idOf.apply(next) + " at " + versionOf.applyAsLong(next));
        }
        return next;
    }

    /** Inserts the views that are not there yet, in one round trip; existing ones are left as they are. */
    public void insertMissing(List<V> views) {
        writeBatch();
        if (views.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(views.stream().map(toDocument).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            e.getWriteErrors().forEach(error -> {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            });
        }
    }

    /** Writes the view as it is, whatever is stored. */
    public void upsert(V view) {
        writeBatch();
        collection.replaceOne(Filters.eq("_id", idOf.apply(view)), toDocument.apply(view), UPSERT);
    }

    public void deleteAll() {
        writeBatch();
        collection.deleteMany(new Document());
    }

    private Optional<Batch> batch() {
        return ProcessorBatch.current().map(batch -> batch.state(collection.getNamespace().getFullName(),
                                                                 () -> new Batch(batch.payloads()), Batch::write));
    }

    /** Writes what the current batch holds for this collection, so that a read or write that follows sees it. */
    private void writeBatch() {
        batch().ifPresent(Batch::write);
    }

    /** The views one batch has read or changed, and which of them it has not written yet. */
    private final class Batch {

        private final Map<String, Optional<V>> known = new HashMap<>();
        private final Map<String, V> unwritten = new LinkedHashMap<>();

        Batch(List<Object> payloads) {
            Set<String> ahead = new LinkedHashSet<>();
            payloads.forEach(payload -> {
                String id = changedBy.apply(payload);
                if (id != null) {
                    ahead.add(id);
                }
            });
            ahead.forEach(id -> known.put(id, Optional.empty()));
            for (List<String> ids : batches(ahead)) {
                collection.find(Filters.in("_id", ids)).forEach(document -> {
                    V view = fromDocument.apply(document);
                    known.put(idOf.apply(view), Optional.of(view));
                });
            }
        }

        Optional<V> current(String id) {
            return known.computeIfAbsent(id, VersionedViews.this::read);
        }

        void changed(V view) {
            known.put(idOf.apply(view), Optional.of(view));
            unwritten.put(idOf.apply(view), view);
        }

        /** One unordered bulk of replacements by {@code _id}. */
        void write() {
            if (unwritten.isEmpty()) {
                return;
            }
            List<ReplaceOneModel<Document>> writes = new ArrayList<>(unwritten.size());
            unwritten.forEach((id, view) -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", id),
                                                                             toDocument.apply(view), UPSERT)));
            collection.bulkWrite(writes, UNORDERED);
            unwritten.clear();
        }
    }

    private static List<List<String>> batches(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + IN_BATCH)));
        }
        return batches;
    }

    private boolean insert(V view) {
        try {
            collection.insertOne(toDocument.apply(view));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
