package com.propcare.query.registry;

import java.util.List;

/** One page of an office's households; {@code total} counts every household that matched, on all pages. */
public record HouseholdPage(String officeId, List<HouseholdSummary> items, long total, int page, int size) {

    public HouseholdPage {
        items = List.copyOf(items);
    }
}
