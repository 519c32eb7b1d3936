package com.propcare.query.complaint;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.query.support.FieldNames;
import com.propcare.query.support.IndexBuckets;
import com.propcare.query.support.ProcessorBatch;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.propcare.query.complaint.ComplaintViewDocuments.date;
import static com.propcare.query.complaint.ComplaintViewDocuments.instant;
import static com.propcare.query.complaint.ComplaintViewDocuments.name;
import static com.propcare.query.complaint.ComplaintViewDocuments.value;

/**
 * The {@code complaint_office_index} collection: per office, its complaints with the fields a list filters and
 * sorts on, split into {@link IndexBuckets} (a few documents per office, read together by key). A list reads the
 * office's buckets, filters and pages in memory, then reads only the page's views by {@code _id $in}. Both reads are
 * exact-key lookups, which the embedded server answers from the {@code _id} index; filtering {@code complaint_views}
 * by office, status or date would scan every office's complaints. One entry takes about 150 bytes, so the buckets
 * stay far below the 16 MB document limit for the hundreds of thousands of complaints an office sees over years.
 * <p>
 * Entries are keyed by complaint, so each one is set atomically on its own while other complaints of the office are
 * processed in parallel; within a processor's batch the entries of one bucket go out as one update. Writes name
 * only the {@code _id}, like the views' writes, and for the same reason: anything more in the filter makes the
 * embedded server scan.
 */
@Component
public class ComplaintOfficeIndex {

    static final String COLLECTION = "complaint_office_index";
    private static final String COMPLAINTS = "complaints";

    /** What a list needs to know about one complaint before reading its view. */
    record Entry(ComplaintId complaint, String number, Instant receivedAt, ComplaintStatus status,
                 ComplaintCategory category, DepartmentId department, HouseholdId household) {

        static Entry of(ComplaintView view) {
            return new Entry(view.id(), view.number() == null ? null : view.number().value(), view.receivedAt(),
                             view.status(), view.category(), view.department(), view.household());
        }
    }

    private final MongoCollection<Document> collection;

    public ComplaintOfficeIndex(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    /** Brings the complaint's entry up to date with {@code after} if anything a list looks at changed. */
    void recordChange(ComplaintView before, ComplaintView after) {
        Entry entry = Entry.of(after);
        if (before != null && Entry.of(before).equals(entry)) {
            return;
        }
        String office = after.office().value();
        String path = COMPLAINTS + "." + FieldNames.escape(after.id().value());
        ProcessorBatch.setFields(collection, IndexBuckets.key(office, after.id().value()),
                                 Map.of(path, toDocument(entry)));
    }

    List<Entry> entriesOf(OfficeId office) {
        return IndexBuckets.read(collection, office.value()).stream()
                           .flatMap(ComplaintOfficeIndex::entries)
                           .toList();
    }

    /** Every office's entries: reads the whole collection, which holds a few documents per office. */
    List<Entry> allEntries() {
        return collection.find().into(new ArrayList<>()).stream()
                .flatMap(ComplaintOfficeIndex::entries)
                .toList();
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }

    private static Stream<Entry> entries(Document bucket) {
        return IndexBuckets.entriesOf(bucket, COMPLAINTS).map(ComplaintOfficeIndex::fromDocument);
    }

    private static Document toDocument(Entry entry) {
        return new Document("id", entry.complaint().value())
                .append("number", entry.number())
                .append("receivedAt", date(entry.receivedAt()))
                .append("status", name(entry.status()))
                .append("category", name(entry.category()))
                .append("department", entry.department() == null ? null : entry.department().value())
                .append("household", entry.household() == null ? null : entry.household().value());
    }

    private static Entry fromDocument(Document document) {
        return new Entry(
                new ComplaintId(document.getString("id")),
                document.getString("number"),
                instant(document, "receivedAt"),
                value(document, "status", ComplaintStatus::valueOf),
                value(document, "category", ComplaintCategory::valueOf),
                value(document, "department", DepartmentId::new),
                value(document, "household", HouseholdId::new));
    }

}
