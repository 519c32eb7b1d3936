package com.propcare.query.complaint;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.events.complaint.ComplaintId;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * The complaint's view after every {@code propcare.audit.snapshot-every}th event, so that an auditor's "as of"
 * starts from the nearest snapshot and folds only the events after it: its cost no longer grows with the
 * complaint's history. Kept with the view by its projection, keyed {@code <complaint>:<sequence>}: the keys of a
 * complaint's snapshots follow from its version, and each is read by its exact key.
 */
@Component
public class ComplaintViewSnapshots {

    static final String COLLECTION = "complaint_view_snapshots";

    /** A snapshot's place in the log, to choose the last one at or before a moment. */
    public record Mark(long sequence, long position, Instant recordedAt) {
    }

    public record Snapshot(Mark mark, ComplaintView view) {
    }

    private final MongoCollection<Document> collection;
    private final int every;

    public ComplaintViewSnapshots(MongoDatabase database, @Value("${propcare.audit.snapshot-every:100}") int every) {
        this.collection = database.getCollection(COLLECTION);
        this.every = every;
    }

    boolean due(long sequence) {
        return (sequence + 1) % every == 0;
    }

    void save(ComplaintView view, long position) {
        collection.replaceOne(Filters.eq("_id", key(view.id(), view.version())),
                              new Document("_id", key(view.id(), view.version()))
                                      .append("sequence", view.version()).append("position", position)
                                      .append("recordedAt", Date.from(view.lastEventAt()))
                                      .append("view", ComplaintViewDocuments.toDocument(view)),
                              new ReplaceOptions().upsert(true));
    }

    /** The latest snapshot, up to the complaint's {@code version}, whose place {@code included} accepts. */
    public Optional<Snapshot> latest(ComplaintId id, long version, Predicate<Mark> included) {
        List<String> keys = LongStream.rangeClosed(0, version).filter(this::due).mapToObj(s -> key(id, s)).toList();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return collection.find(Filters.in("_id", keys)).projection(Projections.exclude("view"))
                         .into(new ArrayList<>()).stream()
                         .map(document -> new Mark(document.getLong("sequence"), document.getLong("position"),
                                                   document.getDate("recordedAt").toInstant()))
                         .filter(included).max(Comparator.comparingLong(Mark::sequence))
                         .flatMap(mark -> Optional.ofNullable(collection.find(Filters.eq("_id", key(id, mark.sequence())))
                                                                        .first())
                                                  .map(document -> new Snapshot(mark, ComplaintViewDocuments.fromDocument(
                                                          document.get("view", Document.class)))));
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }

    private static String key(ComplaintId id, long sequence) {
        return id.value() + ":" + sequence;
    }
}
