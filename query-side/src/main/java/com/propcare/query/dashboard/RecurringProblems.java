package com.propcare.query.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The half-year analysis of recurring problems (domain §5): per complaint category, how often it came up month by
 * month, how many complaints repeated an earlier one, and how many households complained about it more than once
 * (counted, never named). A category is {@code recurring} when it came up in at least half of the months or any
 * complaint of it repeated an earlier one.
 *
 * @param period e.g. {@code 2026-H2}; {@code months} names the months of {@code perMonth}
 */
public record RecurringProblems(String officeId, String period, List<String> months, Instant asOf,
                                List<CategoryTrend> categories) {

    public record CategoryTrend(String category, long complaints, List<Long> perMonth, long repeats,
                                long householdsMoreThanOnce, boolean recurring) {
    }
}
