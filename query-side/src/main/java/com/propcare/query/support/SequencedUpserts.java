package com.propcare.query.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies an event's change to a view document only if the document has not seen that event yet, judged by the
 * aggregate sequence number it keeps in {@code version}: a redelivered older event must not undo a newer one.
 * <p>
 * The version is read by {@code _id} and the change written by {@code _id} alone: the embedded server answers any
 * other filter (such as "this {@code _id} with an older version") by scanning the whole collection. That is safe
 * because one aggregate's events are handled by one processor thread at a time (a segment has one owner); the
 * first write is an upsert, which the unique {@code _id} settles if two deliveries of a first event ever race.
 */
public final class SequencedUpserts {

    private SequencedUpserts() {
    }

    public static void apply(MongoCollection<Document> collection, String id, long sequence, List<Bson> change) {
        Document current = collection.find(Filters.eq("_id", id)).projection(Projections.include("version"))
                                     .first();
        if (current != null && current.get("version") instanceof Number version && version.longValue() >= sequence) {
            return;
        }
        List<Bson> all = new ArrayList<>(change);
        all.add(Updates.set("version", sequence));
        try {
            collection.updateOne(Filters.eq("_id", id), Updates.combine(all), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
