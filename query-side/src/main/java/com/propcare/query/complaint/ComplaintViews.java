package com.propcare.query.complaint;

import com.mongodb.client.MongoDatabase;
import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.query.support.VersionedViews;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@code complaint_views} collection: one document per complaint, read and written by {@code _id} alone, the
 * only kind of query the embedded server answers from an index (a filter on {@code _id} and {@code version} would
 * scan the collection on every event).
 * <p>
 * Writes are therefore not conditional on the stored version. That is safe because one complaint's events are
 * handled by one processor thread at a time (events are sequenced per aggregate and a segment has a single owner),
 * so nothing can change a view between its re-read in {@link #apply} and the write that follows; a first write
 * is an insert, which the unique {@code _id} settles if two deliveries of a registration ever race.
 */
@Component
public class ComplaintViews {

    static final String COLLECTION = "complaint_views";

    private final VersionedViews<ComplaintView> views;

    public ComplaintViews(MongoDatabase database) {
        this.views = new VersionedViews<>(database.getCollection(COLLECTION), ComplaintViewDocuments::toDocument,
                                          ComplaintViewDocuments::fromDocument, view -> view.id().value(),
                                          ComplaintView::version)
                .readingAhead(event -> event instanceof ComplaintEvent changed ? changed.complaintId().value() : null);
    }

    public Optional<ComplaintView> find(ComplaintId id) {
        return views.find(id.value());
    }

    /** The views of {@code ids} in the order given, by {@code _id $in} lookups; unknown ids are left out. */
    public List<ComplaintView> findAll(Collection<ComplaintId> ids) {
        return views.findAll(ids.stream().map(ComplaintId::value).toList());
    }

    /**
     * Applies the change made by the event with {@code sequence} to the complaint's view, unless the view already
     * reflects that event: replays and redeliveries then change nothing. The change receives the current view
     * ({@code null} before the first event) and must return the view stamped with {@code sequence}.
     *
     * @return the new view, or empty when the event had already been applied
     */
    public Optional<ComplaintView> apply(ComplaintId id, long sequence, UnaryOperator<ComplaintView> change) {
        return views.apply(id.value(), sequence, change);
    }

    /** Writes the view as it is, whatever is stored. */
    public void upsert(ComplaintView view) {
        views.upsert(view);
    }

    public void deleteAll() {
        views.deleteAll();
    }
}
