package com.propcare.query.webhook;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subscriptions, one document each. A company has a handful, so reading them all is cheap; every write that
 * depends on who delivers names the owner (and the revision people last changed), so that an instance that lost its
 * lease, or a delivery overtaken by a pause or a replay, changes nothing.
 */
@Component
class WebhookStore {

    static final String COLLECTION = "webhook_subscriptions";

    private final MongoCollection<Document> collection;

    WebhookStore(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    void insert(WebhookSubscription subscription) {
        collection.insertOne(WebhookDocuments.toDocument(subscription));
    }

    Optional<WebhookSubscription> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(WebhookDocuments::fromDocument);
    }

    List<WebhookSubscription> all() {
        return collection.find().into(new ArrayList<>()).stream().map(WebhookDocuments::fromDocument).toList();
    }

    /** Takes the subscription over if nobody else took it since it was read as {@code seen}. */
    boolean claim(WebhookSubscription seen, String node, Instant leaseUntil) {
        return collection.updateOne(Filters.and(Filters.eq("_id", seen.id()), Filters.eq("owner", seen.owner()),
                                                Filters.eq("leaseUntil", WebhookDocuments.date(seen.leaseUntil()))),
                                    Updates.combine(Updates.set("owner", node),
                                                    Updates.set("leaseUntil", WebhookDocuments.date(leaseUntil))))
                         .getMatchedCount() == 1;
    }

    boolean renew(String id, String node, Instant leaseUntil) {
        return collection.updateOne(owned(id, node), Updates.set("leaseUntil", WebhookDocuments.date(leaseUntil)))
                         .getMatchedCount() == 1;
    }

    void release(String id, String node) {
        collection.updateOne(owned(id, node), Updates.combine(Updates.set("owner", null),
                                                              Updates.set("leaseUntil", null)));
    }

    /**
     * Writes what a delivery attempt changed, if {@code node} still owns the subscription and nobody changed it
     * since {@code revision}; false otherwise, and nothing is written.
     */
    boolean afterAttempt(WebhookSubscription next, String node) {
        Bson sets = Updates.combine(
                Updates.set("position", next.position()), Updates.set("attempts", next.attempts()),
                Updates.set("nextAttemptAt", WebhookDocuments.date(next.nextAttemptAt())),
                Updates.set("status", next.status().name()), Updates.set("pausedReason", next.pausedReason()),
                Updates.set("pausedCause", next.pausedCause() == null ? null : next.pausedCause().name()),
                Updates.set("pausedAt", WebhookDocuments.date(next.pausedAt())),
                Updates.set("delivered", next.delivered()), Updates.set("failed", next.failed()),
                Updates.set("deliveries", next.deliveries().stream().map(WebhookDocuments::toDocument).toList()));
        return collection.updateOne(Filters.and(owned(next.id(), node), Filters.eq("revision", next.revision())),
                                    sets).getMatchedCount() == 1;
    }

    /** A change a person made: it wins over any delivery in flight, which finds the revision moved on. */
    boolean change(String id, Bson sets) {
        return collection.updateOne(Filters.eq("_id", id), Updates.combine(sets, Updates.inc("revision", 1L)))
                         .getMatchedCount() == 1;
    }

    boolean delete(String id) {
        return collection.deleteOne(Filters.eq("_id", id)).getDeletedCount() == 1;
    }

    private static Bson owned(String id, String node) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("owner", node));
    }
}
