package com.propcare.query.registry;

import com.mongodb.client.MongoDatabase;
import com.propcare.query.support.VersionedViews;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@value #COLLECTION} collection (one document per member of staff) and {@value #OFFICE_INDEX} (an entry per
 * member of staff in {@link OfficeIndex}'s buckets), so that an office's staff list is one exact-key read.
 */
@Component
class StaffViews {

    static final String COLLECTION = "registry_staff_views";
    static final String OFFICE_INDEX = "registry_staff_office_index";

    private final VersionedViews<StaffView> views;
    private final OfficeIndex index;

    StaffViews(MongoDatabase database) {
        this.views = new VersionedViews<>(database.getCollection(COLLECTION), StaffView::toDocument, StaffView::fromDocument,
                                 StaffView::id, StaffView::version);
        this.index = new OfficeIndex(database.getCollection(OFFICE_INDEX), "staff");
    }

    Optional<StaffView> find(String staff) {
        return views.find(staff);
    }

    /** Like {@link HouseholdViews#apply}: the index entry first, then the view. */
    Optional<StaffView> apply(String staff, long sequence, UnaryOperator<StaffView> change) {
        return views.apply(staff, sequence, current -> {
            StaffView next = change.apply(current);
            index.put(next.office(), next.id(), next.toEntry());
            return next;
        });
    }

    List<StaffView> listed(String office) {
        return index.entries(office).stream().map(StaffView::fromEntry).toList();
    }

    void deleteAll() {
        views.deleteAll();
        index.deleteAll();
    }
}
