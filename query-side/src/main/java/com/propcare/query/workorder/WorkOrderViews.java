package com.propcare.query.workorder;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The work order views ({@code _id} = work order id) and, per office, one index document listing its work orders
 * with what the list filters on, so that a list is two exact-key reads whatever the size of the store.
 */
@Component
class WorkOrderViews {

    private final MongoCollection<Document> views;
    private final MongoCollection<Document> officeIndex;

    WorkOrderViews(MongoDatabase database) {
        this.views = database.getCollection("work_order_views");
        this.officeIndex = database.getCollection("work_order_office_index");
    }

    Optional<WorkOrderView> find(String id) {
        return Optional.ofNullable(views.find(Filters.eq("_id", id)).first()).map(WorkOrderView::fromDocument);
    }

    /** Stores the first view of a work order; a redelivered opening finds it there and changes nothing. */
    Optional<WorkOrderView> create(WorkOrderView view) {
        index(view);
        try {
            views.insertOne(view.toDocument());
            return Optional.of(view);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Applies an event's change unless the view already reflects it (its version is the event's sequence). */
    Optional<WorkOrderView> apply(String id, long sequence, UnaryOperator<WorkOrderView> change) {
        WorkOrderView current = find(id).orElseThrow(
                () -> new IllegalStateException("work order " + id + " changed before it was opened"));
        if (sequence <= current.version()) {
            return Optional.empty();
        }
        WorkOrderView next = change.apply(current);
        index(next);
        views.replaceOne(Filters.eq("_id", id), next.toDocument(), new ReplaceOptions().upsert(true));
        return Optional.of(next);
    }

    private void index(WorkOrderView view) {
        officeIndex.updateOne(Filters.eq("_id", view.office()),
                              Updates.set("entries." + view.id(),
                                          new Document("kind", view.kind()).append("status", view.status())
                                                                           .append("household", view.household())
                                                                           .append("openedAt",
                                                                                   Date.from(view.openedAt()))),
                              new UpdateOptions().upsert(true));
    }

    WorkOrderPage list(FindWorkOrders query) {
        Document index = officeIndex.find(Filters.eq("_id", query.office())).first();
        List<Map.Entry<String, Document>> matching = new ArrayList<>();
        if (index != null) {
            Document entries = index.get("entries", Document.class);
            for (String id : entries.keySet()) {
                Document entry = entries.get(id, Document.class);
                if (matches(query.kind(), entry.getString("kind")) && matches(query.status(), entry.getString("status"))
                        && matches(query.household(), entry.getString("household"))) {
                    matching.add(Map.entry(id, entry));
                }
            }
        }
        matching.sort(Comparator.<Map.Entry<String, Document>, Instant>comparing(
                e -> e.getValue().getDate("openedAt").toInstant()).reversed().thenComparing(Map.Entry::getKey));
        List<String> pageIds = matching.stream().skip((long) query.page() * query.size()).limit(query.size())
                                       .map(Map.Entry::getKey).toList();
        Map<String, WorkOrderView> found = new HashMap<>();
        views.find(Filters.in("_id", pageIds)).forEach(d -> found.put(d.getString("_id"), WorkOrderView.fromDocument(d)));
        List<WorkOrderView> items = pageIds.stream().map(found::get).filter(Objects::nonNull).toList();
        return new WorkOrderPage(items, matching.size(), query.page(), query.size());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    void deleteAll() {
        views.deleteMany(new Document());
        officeIndex.deleteMany(new Document());
    }
}
