package com.propcare.query.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field writes of one processor batch, merged per document and written once when the batch commits: a replay
 * touches each per-office document once per batch instead of once per event. A later write of
 * the same field replaces an earlier one (a set after an unset, or the reverse), which is what applying them one by
 * one would have left. Until the flush, {@link #pendingFields} lets the batch read what it wrote.
 */
public final class PendingWrites {

    private static final Object UNSET = new Object();
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final Map<MongoCollection<Document>, Map<String, Map<String, Object>>> byDocument = new LinkedHashMap<>();

    public void set(MongoCollection<Document> collection, String id, String path, Object value) {
        fields(collection, id).put(path, value);
    }

    public void unset(MongoCollection<Document> collection, String id, String path) {
        fields(collection, id).put(path, UNSET);
    }

    /** The top-level fields this batch set on a document so far, if it wrote any. */
    public Optional<Document> pendingFields(MongoCollection<Document> collection, String id) {
        Map<String, Object> fields = byDocument.getOrDefault(collection, Map.of()).get(id);
        if (fields == null) {
            return Optional.empty();
        }
        Document document = new Document("_id", id);
        fields.forEach((path, value) -> {
            if (value != UNSET && !path.contains(".")) {
                document.append(path, value);
            }
        });
        return Optional.of(document);
    }

    /** One ordered bulk write per collection: a round trip per collection and batch, not per document. */
    public void flush() {
        byDocument.forEach((collection, documents) -> {
            List<UpdateOneModel<Document>> writes = new ArrayList<>();
            documents.forEach((id, fields) -> {
                List<Bson> updates = new ArrayList<>(fields.size());
                fields.forEach((path, value) -> updates.add(value == UNSET ? Updates.unset(path)
                                                                           : Updates.set(path, value)));
                BatchedUpdates.slices(updates).forEach(slice -> writes.add(
                        new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(slice), UPSERT)));
            });
            if (!writes.isEmpty()) {
                collection.bulkWrite(writes);
            }
        });
        byDocument.clear();
    }

    private Map<String, Object> fields(MongoCollection<Document> collection, String id) {
        return byDocument.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                         .computeIfAbsent(id, i -> new LinkedHashMap<>());
    }
}
