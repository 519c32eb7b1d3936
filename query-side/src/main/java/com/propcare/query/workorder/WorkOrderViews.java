package com.propcare.query.workorder;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.query.support.VersionedViews;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The work order views ({@code _id} = work order id) and, per office, one index document listing its work orders
 * with what the list filters on, so that a list is two exact-key reads whatever the size of the store.
 */
@Component
class WorkOrderViews {

    private final VersionedViews<WorkOrderView> views;
    private final MongoCollection<Document> officeIndex;

    WorkOrderViews(MongoDatabase database) {
        this.views = new VersionedViews<>(database.getCollection("work_order_views"), WorkOrderView::toDocument,
                                          WorkOrderView::fromDocument, WorkOrderView::id, WorkOrderView::version);
        this.officeIndex = database.getCollection("work_order_office_index");
    }

    Optional<WorkOrderView> find(String id) {
        return views.find(id);
    }

    /**
     * Applies an event's change unless the view already reflects it (its version is the event's sequence); the
     * change receives null for the opening event. The office index follows every change.
     */
    Optional<WorkOrderView> apply(String id, long sequence, UnaryOperator<WorkOrderView> change) {
        Optional<WorkOrderView> changed = views.apply(id, sequence, change);
        changed.ifPresent(this::index);
        return changed;
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
        return new WorkOrderPage(views.findAll(pageIds), matching.size(), query.page(), query.size());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    void deleteAll() {
        views.deleteAll();
        officeIndex.deleteMany(new Document());
    }
}
