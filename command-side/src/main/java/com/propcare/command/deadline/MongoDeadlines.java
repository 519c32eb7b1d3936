package com.propcare.command.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.propcare.events.OfficeId;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The deadline book in the {@value #COLLECTION} collection: one document per open item, {@code _id} = its key.
 * Opening is an upsert and closing a delete, so both are idempotent. Items fallen due are found by a range query
 * on {@code dueAt}; a real MongoDB serves it from the index created here, the embedded server scans the
 * collection, which stays acceptable because the book only ever holds items that are open and not yet overdue.
 */
@Component
public class MongoDeadlines implements Deadlines {

    static final String COLLECTION = "due_items";

    private final MongoCollection<Document> items;

    public MongoDeadlines(MongoDatabase database) {
        this.items = database.getCollection(COLLECTION);
        items.createIndex(Indexes.ascending("dueAt"));
    }

    @Override
    public void open(DueItem item) {
        Document document = new Document("_id", item.key())
                .append("type", item.type())
                .append("targetId", item.targetId())
                .append("itemId", item.itemId())
                .append("office", item.office().value())
                .append("dueAt", Date.from(item.due()));
        items.replaceOne(Filters.eq("_id", item.key()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public void close(String key) {
        items.deleteOne(Filters.eq("_id", key));
    }

    /** The open items due at or before {@code now}, earliest first, at most {@code limit} of them. */
    public List<DueItem> fallenDue(Instant now, int limit) {
        List<DueItem> due = new ArrayList<>();
        for (Document document : items.find(Filters.lte("dueAt", Date.from(now))).sort(Sorts.ascending("dueAt"))
                                      .limit(limit)) {
            due.add(new DueItem(document.getString("_id"), document.getString("type"),
                                document.getString("targetId"), document.getString("itemId"),
                                new OfficeId(document.getString("office")),
                                document.getDate("dueAt").toInstant()));
        }
        return due;
    }
}
