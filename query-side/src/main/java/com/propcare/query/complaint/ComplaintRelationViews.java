package com.propcare.query.complaint;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.query.complaint.ComplaintRelations.CallbackLink;
import com.propcare.query.complaint.ComplaintRelations.WorkOrderLink;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@value #COLLECTION} collection, one document per complaint, and {@value #LINKS}, which names the complaint of
 * each callback and work order; both read by exact {@code _id}. The documents are mapped here and nowhere else.
 */
@Component
class ComplaintRelationViews {

    static final String COLLECTION = "complaint_relations";
    static final String LINKS = "complaint_relation_links";

    private final MongoCollection<Document> relations;
    private final MongoCollection<Document> links;

    ComplaintRelationViews(MongoDatabase database) {
        this.relations = database.getCollection(COLLECTION);
        this.links = database.getCollection(LINKS);
    }

    Optional<ComplaintRelations> find(String complaint) {
        return Optional.ofNullable(relations.find(Filters.eq("_id", complaint)).first())
                       .map(ComplaintRelationViews::fromDocument);
    }

    /** The complaint a callback or work order belongs to, once its first event was seen. */
    Optional<String> complaintOf(String callbackOrWorkOrder) {
        return Optional.ofNullable(links.find(Filters.eq("_id", callbackOrWorkOrder)).first())
                       .map(link -> link.getString("complaint"));
    }

    void link(String callbackOrWorkOrder, String complaint) {
        links.replaceOne(Filters.eq("_id", callbackOrWorkOrder),
                         new Document("_id", callbackOrWorkOrder).append("complaint", complaint),
                         new ReplaceOptions().upsert(true));
    }

    void change(String complaint, UnaryOperator<ComplaintRelations> change) {
        ComplaintRelations current = find(complaint).orElse(ComplaintRelations.none(complaint));
        ComplaintRelations next = change.apply(current);
        if (!next.equals(current)) {
            relations.replaceOne(Filters.eq("_id", complaint), toDocument(next), new ReplaceOptions().upsert(true));
        }
    }

    void deleteAll() {
        relations.deleteMany(new Document());
        links.deleteMany(new Document());
    }

    private static Document toDocument(ComplaintRelations relations) {
        List<Document> callbacks = relations.callbacks().stream().map(link -> new Document("id", link.id())
                .append("kind", link.kind()).append("status", link.status())
                .append("due", link.due() == null ? null : Date.from(link.due())).append("overdue", link.overdue())
                .append("result", link.result()).append("version", link.version())).toList();
        List<Document> workOrders = relations.workOrders().stream().map(link -> new Document("id", link.id())
                .append("kind", link.kind()).append("status", link.status()).append("version", link.version()))
                .toList();
        return new Document("_id", relations.complaintId()).append("callbacks", callbacks)
                                                           .append("workOrders", workOrders);
    }

    private static ComplaintRelations fromDocument(Document document) {
        List<CallbackLink> callbacks = new ArrayList<>();
        for (Document link : document.getList("callbacks", Document.class, List.of())) {
            Date due = link.getDate("due");
            callbacks.add(new CallbackLink(link.getString("id"), link.getString("kind"), link.getString("status"),
                                           due == null ? null : due.toInstant(), link.getBoolean("overdue", false),
                                           link.getString("result"), link.get("version", Number.class).longValue()));
        }
        List<WorkOrderLink> workOrders = new ArrayList<>();
        for (Document link : document.getList("workOrders", Document.class, List.of())) {
            workOrders.add(new WorkOrderLink(link.getString("id"), link.getString("kind"), link.getString("status"),
                                             link.get("version", Number.class).longValue()));
        }
        return new ComplaintRelations(document.getString("_id"), callbacks, workOrders);
    }
}
