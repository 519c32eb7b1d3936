package com.propcare.command.callback.trigger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.command.support.RecordDocuments;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.workorder.WorkOrderId;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The facts the callback reactions keep of complaints, callbacks and work orders, in the {@value #COLLECTION}
 * collection, one document per stream read by exact {@code _id} ({@code complaint:<id>}, {@code callback:<id>},
 * {@code work-order:<id>}) holding its typed facts. Each is written only from its own stream's events, handled in
 * that stream's order, and every write replaces the facts with a function of the old ones and the event, so a
 * redelivery changes nothing. A reset of the reactions empties it; the replay fills it again.
 */
@Component
class ReactionMemory {

    static final String COLLECTION = "callback_reaction_facts";
    private static final String FACTS = "facts";
    /** Marks a memory kept in this shape, so that an older one is rebuilt once ({@link ReactionMemoryUpgrade}). */
    private static final String SHAPE = "~shape";
    private static final int CURRENT_SHAPE = 2;

    private final MongoCollection<Document> facts;

    ReactionMemory(MongoDatabase database) {
        this.facts = database.getCollection(COLLECTION);
    }

    Optional<ComplaintFacts> complaint(ComplaintId id) {
        return find("complaint:" + id, ComplaintFacts.class);
    }

    void put(ComplaintId id, ComplaintFacts complaint) {
        put("complaint:" + id, complaint);
    }

    Optional<CallbackFacts> callback(CallbackId id) {
        return find("callback:" + id, CallbackFacts.class);
    }

    void put(CallbackId id, CallbackFacts callback) {
        put("callback:" + id, callback);
    }

    Optional<WorkOrderFacts> workOrder(WorkOrderId id) {
        return find("work-order:" + id, WorkOrderFacts.class);
    }

    void put(WorkOrderId id, WorkOrderFacts workOrder) {
        put("work-order:" + id, workOrder);
    }

    /** Everything but the mark of its shape, which a replay does not change. */
    void clear() {
        facts.deleteMany(Filters.ne("_id", SHAPE));
    }

    boolean isCurrent() {
        Document shape = facts.find(Filters.eq("_id", SHAPE)).first();
        return shape != null && shape.getInteger("version", 0) >= CURRENT_SHAPE;
    }

    void markCurrent() {
        facts.replaceOne(Filters.eq("_id", SHAPE), new Document("_id", SHAPE).append("version", CURRENT_SHAPE),
                         new ReplaceOptions().upsert(true));
    }

    private <T> Optional<T> find(String key, Class<T> type) {
        return Optional.ofNullable(facts.find(Filters.eq("_id", key)).first())
                       .map(document -> RecordDocuments.fromDocument(document.get(FACTS, Document.class), type));
    }

    private void put(String key, Object value) {
        facts.replaceOne(Filters.eq("_id", key),
                         new Document("_id", key).append(FACTS, RecordDocuments.toDocument(value)),
                         new ReplaceOptions().upsert(true));
    }
}
