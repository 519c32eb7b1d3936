package com.propcare.query.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies many field updates of one document in slices: the embedded server's cost for one update grows much faster
 * than the number of fields it names (an import's 5,000 households in one {@code $set} took seconds), while slices of
 * {@value #SLICE} stay cheap. Each slice sets values from one event, so a slice applied twice changes nothing.
 */
public final class BatchedUpdates {

    public static final int SLICE = 200;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private BatchedUpdates() {
    }

    public static void upsert(MongoCollection<Document> collection, String id, List<Bson> updates) {
        slices(updates).forEach(slice -> collection.updateOne(Filters.eq("_id", id), Updates.combine(slice), UPSERT));
    }

    /** The updates in slices of at most {@value #SLICE}, in their order. */
    public static List<List<Bson>> slices(List<Bson> updates) {
        List<List<Bson>> slices = new ArrayList<>();
        for (int from = 0; from < updates.size(); from += SLICE) {
            slices.add(updates.subList(from, Math.min(updates.size(), from + SLICE)));
        }
        return slices;
    }
}
