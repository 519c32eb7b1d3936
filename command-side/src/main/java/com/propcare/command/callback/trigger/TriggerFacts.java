package com.propcare.command.callback.trigger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the callback triggers remember of other streams, in the {@value #COLLECTION} collection, read by exact
 * {@code _id}: {@code complaint:<id>}, {@code callback:<id>}, {@code work-order:<id>},
 * {@code kind:<office>:<code>} and {@code kinds:<office>:<matter type>}. Written only by the triggers' own handlers, so it is exactly as current as
 * their token; every write is a {@code $set} of the event's facts, so a redelivery changes nothing.
 */
@Component
class TriggerFacts {

    static final String COLLECTION = "callback_trigger_facts";

    private final MongoCollection<Document> facts;

    TriggerFacts(MongoDatabase database) {
        this.facts = database.getCollection(COLLECTION);
    }

    void set(String key, Bson change) {
        facts.updateOne(Filters.eq("_id", key), change, new UpdateOptions().upsert(true));
    }

    void set(String key, String field, Object value) {
        set(key, Updates.set(field, value));
    }

    Optional<Document> find(String key) {
        return Optional.ofNullable(facts.find(Filters.eq("_id", key)).first());
    }

    static String complaint(Object id) {
        return "complaint:" + id;
    }

    static String callback(Object id) {
        return "callback:" + id;
    }

    static String workOrder(Object id) {
        return "work-order:" + id;
    }

    static String kind(Object office, Object code) {
        return "kind:" + office + ":" + code;
    }

    static String kinds(Object office, String matterType) {
        return "kinds:" + office + ":" + matterType;
    }
}
