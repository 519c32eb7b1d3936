package com.propcare.query.registry;

import com.mongodb.client.MongoDatabase;
import com.propcare.query.support.VersionedViews;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@value #COLLECTION} collection (one document per household) and {@value #OFFICE_INDEX} (an office's
 * households with what the list shows and filters on, in {@link OfficeIndex}'s buckets). A list reads its office's
 * buckets by key and filters and pages in memory; one household is read by key. About 200 bytes per household keep
 * each bucket far below the 16 MB limit for the thousands of households a community has.
 */
@Component
class HouseholdViews {

    static final String COLLECTION = "registry_household_views";
    static final String OFFICE_INDEX = "registry_household_office_index";

    private final VersionedViews<HouseholdView> views;
    private final OfficeIndex index;

    HouseholdViews(MongoDatabase database) {
        this.views = new VersionedViews<>(database.getCollection(COLLECTION), HouseholdView::toDocument,
                                 HouseholdView::fromDocument, HouseholdView::id, HouseholdView::version);
        this.index = new OfficeIndex(database.getCollection(OFFICE_INDEX), "households");
    }

    Optional<HouseholdView> find(String household) {
        return views.find(household);
    }

    /**
     * Applies an event of the household's own stream unless the view reflects it already. The index entry is
     * written before the view: if either write fails, the redelivered event still finds the old view and writes both
     * again.
     */
    Optional<HouseholdView> apply(String household, long sequence, UnaryOperator<HouseholdView> change) {
        return views.apply(household, sequence, current -> {
            HouseholdView next = change.apply(current);
            index.put(next.office(), next.id(), next.summary().toDocument());
            return next;
        });
    }

    /**
     * Stores the households of an import that have no view yet. Those that have one were stored by an earlier
     * delivery of the import, and may have changed since: their entries are left alone, so a redelivered import
     * never turns a household back to what the file said.
     */
    void imported(String office, List<HouseholdView> households) {
        Set<String> existing = views.existing(households.stream().map(HouseholdView::id).toList());
        List<HouseholdView> missing = households.stream().filter(view -> !existing.contains(view.id())).toList();
        Map<String, Document> entries = new LinkedHashMap<>();
        missing.forEach(view -> entries.put(view.id(), view.summary().toDocument()));
        index.putAll(office, entries);
        views.insertMissing(missing);
    }

    List<HouseholdSummary> listed(String office) {
        return index.entries(office).stream().map(HouseholdSummary::fromDocument).toList();
    }

    void deleteAll() {
        views.deleteAll();
        index.deleteAll();
    }
}
