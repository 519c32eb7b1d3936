package com.propcare.query.complaint;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.propcare.events.complaint.ComplaintId;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The complaint's view after every {@code propcare.audit.snapshot-every}th event, so that an auditor's "as of"
 * starts from the nearest snapshot and folds only the events after it: its cost no longer grows with the
 * complaint's history. Kept with the view by its projection: each snapshot is a document keyed
 * {@code <complaint>:<sequence>}, and a small document per complaint marks where each one stands in the log, so
 * that choosing one reads the marks and then only the chosen snapshot, each by its exact key.
 */
@Component
public class ComplaintViewSnapshots {

    static final String COLLECTION = "complaint_view_snapshots";
    static final String MARKS = "complaint_view_snapshot_marks";

    /** A snapshot's place in the log, to choose the last one at or before a moment. */
    public record Mark(long sequence, long position, Instant recordedAt) {
    }

    /** @param nextSequence the next snapshot's event, which the moment excludes; what follows it is not needed */
    public record Snapshot(Mark mark, ComplaintView view, long nextSequence) {
    }

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> marks;
    private final int every;

    public ComplaintViewSnapshots(MongoDatabase database, @Value("${propcare.audit.snapshot-every:100}") int every) {
        this.collection = database.getCollection(COLLECTION);
        this.marks = database.getCollection(MARKS);
        this.every = every;
    }

    boolean due(long sequence) {
        return (sequence + 1) % every == 0;
    }

    /** The snapshot first, then its mark: a mark never points at a missing snapshot. */
    void save(ComplaintView view, long position) {
        String key = key(view.id(), view.version());
        collection.replaceOne(Filters.eq("_id", key),
                              new Document("_id", key).append("view", ComplaintViewDocuments.toDocument(view)),
                              new ReplaceOptions().upsert(true));
        marks.updateOne(Filters.eq("_id", view.id().value()),
                        Updates.set("marks." + view.version(), new Document("position", position)
                                .append("recordedAt", Date.from(view.lastEventAt()))),
                        new UpdateOptions().upsert(true));
    }

    /** The latest snapshot whose place in the log {@code included} accepts. */
    public Optional<Snapshot> latest(ComplaintId id, Predicate<Mark> included) {
        Document complaint = marks.find(Filters.eq("_id", id.value())).first();
        if (complaint == null) {
            return Optional.empty();
        }
        List<Mark> all = complaint.get("marks", Document.class).entrySet().stream()
                                  .map(entry -> {
                                      Document mark = (Document) entry.getValue();
                                      return new Mark(Long.parseLong(entry.getKey()), mark.getLong("position"),
                                                      mark.getDate("recordedAt").toInstant());
                                  })
                                  .sorted(Comparator.comparingLong(Mark::sequence)).toList();
        Optional<Mark> chosen = all.stream().filter(included).reduce((earlier, later) -> later);
        long next = all.stream().filter(included.negate()).mapToLong(Mark::sequence).min().orElse(Long.MAX_VALUE);
        return chosen.flatMap(mark -> Optional.ofNullable(collection.find(Filters.eq("_id", key(id, mark.sequence())))
                                                                   .first())
                                             .map(document -> new Snapshot(mark, ComplaintViewDocuments.fromDocument(
                                                     document.get("view", Document.class)), next)));
    }

    void deleteAll() {
        collection.deleteMany(new Document());
        marks.deleteMany(new Document());
    }

    private static String key(ComplaintId id, long sequence) {
        return id.value() + ":" + sequence;
    }
}
