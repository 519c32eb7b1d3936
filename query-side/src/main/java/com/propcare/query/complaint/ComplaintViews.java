package com.propcare.query.complaint;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.events.complaint.ComplaintId;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

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

    private final MongoCollection<Document> collection;

    public ComplaintViews(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    public Optional<ComplaintView> find(ComplaintId id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.value())).first())
                .map(ComplaintViewDocuments::fromDocument);
    }

    /** The views of {@code ids} in the order given, by one {@code _id $in} lookup; unknown ids are left out. */
    public List<ComplaintView> findAll(Collection<ComplaintId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<ComplaintId, ComplaintView> found = collection
                .find(Filters.in("_id", ids.stream().map(ComplaintId::value).toList()))
                .map(ComplaintViewDocuments::fromDocument)
                .into(new ArrayList<>())
                .stream()
                .collect(Collectors.toMap(ComplaintView::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Applies the change made by the event with {@code sequence} to the complaint's view, unless the view already
     * reflects that event: replays and redeliveries then change nothing. The change receives the current view
     * ({@code null} before the first event) and must return the view stamped with {@code sequence}.
     *
     * @return the new view, or empty when the event had already been applied
     */
    public Optional<ComplaintView> apply(ComplaintId id, long sequence, UnaryOperator<ComplaintView> change) {
        while (true) {
            ComplaintView current = find(id).orElse(null);
            if (current != null && sequence <= current.version()) {
                return Optional.empty();
            }
            ComplaintView next = change.apply(current);
            if (!next.id().equals(id) || next.version() != sequence) {
                throw new IllegalArgumentException("the change for " + id + " must yield its view at version "
                        + sequence + ", not " + next.id() + " at " + next.version());
            }
            if (current != null) {
                upsert(next);
                return Optional.of(next);
            }
            if (insert(next)) {
                return Optional.of(next);
            }
            // another delivery of the registration stored it meanwhile: decide again on what it wrote
        }
    }

    /** Writes the view as it is, whatever is stored. */
    public void upsert(ComplaintView view) {
        collection.replaceOne(Filters.eq("_id", view.id().value()), ComplaintViewDocuments.toDocument(view),
                new ReplaceOptions().upsert(true));
    }

    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    private boolean insert(ComplaintView view) {
        try {
            collection.insertOne(ComplaintViewDocuments.toDocument(view));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

}
