package com.propcare.query.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 */
public final class VersionedViews<V> {

    /**
     * Ids per {@code $in}: the embedded server compares each document with the whole list, so the 10,000 ids of a
     * large import in one list cost seconds where batches of this size cost milliseconds.
     */
    private static final int IN_BATCH = 200;

    private final MongoCollection<Document> collection;
    private final Function<V, Document> toDocument;
    private final Function<Document, V> fromDocument;
    private final Function<V, String> idOf;
    private final ToLongFunction<V> versionOf;

    public VersionedViews(MongoCollection<Document> collection, Function<V, Document> toDocument,
                          Function<Document, V> fromDocument,
                          Function<V, String> idOf, ToLongFunction<V> versionOf) {
        this.collection = collection;
        this.toDocument = toDocument;
        this.fromDocument = fromDocument;
        this.idOf = idOf;
        this.versionOf = versionOf;
    }

    public Optional<V> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(fromDocument);
    }

    /** The views of {@code ids} in the order given, by one {@code _id $in} lookup; unknown ids are left out. */
    public List<V> findAll(Collection<String> ids) {
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
        return collection.find().map(fromDocument::apply).into(new ArrayList<>());
    }

    /** Which of {@code ids} have a view already. */
    public Set<String> existing(Collection<String> ids) {
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
        while (true) {
            V current = find(id).orElse(null);
            if (current != null && sequence <= versionOf.applyAsLong(current)) {
                return Optional.empty();
            }
            V next = change.apply(current);
            if (!idOf.apply(next).equals(id) || versionOf.applyAsLong(next) != sequence) {
                throw new IllegalArgumentException("the change for " + id + " must yield its view at version "
                        + sequence + ", not " + idOf.apply(next) + " at " + versionOf.applyAsLong(next));
            }
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

    /** Inserts the views that are not there yet, in one round trip; existing ones are left as they are. */
    public void insertMissing(List<V> views) {
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
        collection.replaceOne(Filters.eq("_id", idOf.apply(view)), toDocument.apply(view),
                              new ReplaceOptions().upsert(true));
    }

    public void deleteAll() {
        collection.deleteMany(new Document());
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
