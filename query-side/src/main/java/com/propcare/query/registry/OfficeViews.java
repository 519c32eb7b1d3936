package com.propcare.query.registry;

import com.mongodb.client.MongoDatabase;
import com.propcare.query.support.VersionedViews;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The {@value #COLLECTION} collection: one document per office, holding its whole structure. */
@Component
class OfficeViews {

    static final String COLLECTION = "registry_office_views";

    private final VersionedViews<OfficeView> views;

    OfficeViews(MongoDatabase database) {
        this.views = new VersionedViews<>(database.getCollection(COLLECTION), OfficeView::toDocument, OfficeView::fromDocument,
                                 OfficeView::id, OfficeView::version);
    }

    Optional<OfficeView> find(String office) {
        return views.find(office);
    }

    /** Every office: the collection holds one document per office, which is a small number. */
    List<OfficeView> all() {
        return views.all();
    }

    Optional<OfficeView> apply(String office, long sequence, UnaryOperator<OfficeView> change) {
        return views.apply(office, sequence, change);
    }

    void deleteAll() {
        views.deleteAll();
    }
}
