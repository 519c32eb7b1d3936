package com.propcare.query.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.query.support.BatchedUpdates;
import com.propcare.query.support.FieldNames;
import com.propcare.query.support.IndexBuckets;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An office's members (households or members of staff) with everything their list shows and filters on, kept in
 * {@link IndexBuckets} so that a list is one exact-key read whatever the size of the store. Entries are keyed by the
 * member's id, so each is set atomically on its own. Writes are idempotent ({@code $set} of the entry as it is now).
 * <p>
 * An import sets thousands of entries at once; they go out as {@link BatchedUpdates#slices slices} per bucket, in
 * one unordered bulk: the embedded server's cost for one update grows with the square of the paths it sets.
 * Measured on the embedded server: a 10,000-row import as one update 1.1–1.3 s, in slices per bucket 0.2–0.3 s.
 */
final class OfficeIndex {

    private final MongoCollection<Document> collection;
    private final String field;

    /** @param field the sub-document of a bucket's document that holds the entries */
    OfficeIndex(MongoCollection<Document> collection, String field) {
        this.collection = collection;
        this.field = field;
    }

    void put(String office, String id, Document entry) {
        putAll(office, Map.of(id, entry));
    }

    void putAll(String office, Map<String, Document> entries) {
        Map<String, List<Bson>> setsByBucket = new LinkedHashMap<>();
        entries.forEach((id, entry) -> setsByBucket
                .computeIfAbsent(IndexBuckets.key(office, id), bucket -> new ArrayList<>())
                .add(Updates.set(field + "." + FieldNames.escape(id), entry)));
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        setsByBucket.forEach((bucket, sets) -> BatchedUpdates.slices(sets).forEach(
                slice -> updates.add(new UpdateOneModel<>(Filters.eq("_id", bucket), Updates.combine(slice), upsert))));
        if (!updates.isEmpty()) {
            collection.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        }
    }

    /** The office's entries in no particular order; empty when it has none. */
    List<Document> entries(String office) {
        return IndexBuckets.entries(collection, office, field);
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }

}
