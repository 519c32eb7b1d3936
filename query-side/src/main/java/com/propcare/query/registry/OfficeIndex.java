package com.propcare.query.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.query.support.FieldNames;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One document per office ({@code _id} = office id) holding an entry per member (household or member of staff)
 * with everything its list shows and filters on, so that a list is one exact-key read whatever the size of the
 * store. Entries are keyed by the member's id, so each is set atomically on its own; a whole import's entries go
 * in one update. Writes are idempotent ({@code $set} of the entry as it is now).
 */
final class OfficeIndex {

    private final MongoCollection<Document> collection;
    private final String field;

    /** @param field the sub-document of the office's document that holds the entries */
    OfficeIndex(MongoCollection<Document> collection, String field) {
        this.collection = collection;
        this.field = field;
    }

    void put(String office, String id, Document entry) {
        putAll(office, Map.of(id, entry));
    }

    void putAll(String office, Map<String, Document> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Bson> updates = entries.entrySet().stream()
                                    .map(entry -> Updates.set(field + "." + FieldNames.escape(entry.getKey()),
                                                              entry.getValue()))
                                    .toList();
        collection.updateOne(Filters.eq("_id", office), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    /** The office's entries in no particular order; empty when it has none. */
    List<Document> entries(String office) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", office)).first())
                       .map(document -> document.get(field, Document.class))
                       .map(entries -> entries.values().stream()
                                              .flatMap(entry -> entry instanceof Document member ? Stream.of(member)
                                                                                                 : Stream.empty())
                                              .toList())
                       .orElse(List.of());
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }

}
