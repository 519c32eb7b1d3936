package com.propcare.query.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies an event's change to a view document only if the document has not seen that event yet, judged by the
 * aggregate sequence number it keeps in {@code version}: a redelivered older event must not undo a newer one.
 * When the document is already at or past it, the filter matches nothing and the upsert's insert meets the
 * existing {@code _id}: that is "already applied".
 */
public final class SequencedUpserts {

    private SequencedUpserts() {
    }

    public static void apply(MongoCollection<Document> collection, String id, long sequence, List<Bson> change) {
        List<Bson> all = new ArrayList<>(change);
        all.add(Updates.set("version", sequence));
        try {
            collection.updateOne(Filters.and(Filters.eq("_id", id),
                                             Filters.or(Filters.exists("version", false),
                                                        Filters.lt("version", sequence))),
                                 Updates.combine(all), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
