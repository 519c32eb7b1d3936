package com.propcare.query.callback;

import com.mongodb.client.MongoDatabase;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.query.support.VersionedViews;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@value #COLLECTION} collection, one document per callback read and written by {@code _id} alone, and the
 * {@link CallbackIndexes} that follow every change.
 */
@Component
class CallbackViews {

    static final String COLLECTION = "callback_views";

    private final VersionedViews<CallbackView> views;
    private final CallbackIndexes indexes;

    CallbackViews(MongoDatabase database, CallbackIndexes indexes) {
        this.views = new VersionedViews<>(database.getCollection(COLLECTION), CallbackDocuments::toDocument,
                                          CallbackDocuments::fromDocument, CallbackView::id, CallbackView::version)
                .readingAhead(event -> event instanceof CallbackEvent changed ? changed.callbackId().value() : null);
        this.indexes = indexes;
    }

    Optional<CallbackView> find(String callback) {
        return views.find(callback);
    }

    /** The views of {@code callbacks} in the order given; unknown ids are left out. */
    List<CallbackView> findAll(Collection<String> callbacks) {
        return views.findAll(callbacks);
    }

    /**
     * Applies the change made by the event with {@code sequence} unless the view already reflects it. The indexes
     * are written before the view: if either write fails, the redelivered event still finds the old view and
     * writes both again.
     */
    Optional<CallbackView> apply(String callback, long sequence, UnaryOperator<CallbackView> change) {
        return views.apply(callback, sequence, current -> {
            CallbackView next = change.apply(current);
            indexes.recordChange(current, next);
            return next;
        });
    }

    void deleteAll() {
        views.deleteAll();
        indexes.deleteAll();
    }
}
