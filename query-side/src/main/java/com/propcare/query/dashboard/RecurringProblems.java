package com.propcare.query.dashboard;

import com.propcare.query.support.Table;
import com.propcare.query.support.Tabular;

import java.time.Instant;
import java.util.ArrayList;
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
                                List<CategoryTrend> categories) implements Tabular {

    /** One row per category: complaints per month of the half year, repeats, and whether it recurs. */
    @Override
    public Table table() {
        List<String> columns = new ArrayList<>(List.of("period", "category", "complaints"));
        columns.addAll(months);
        columns.addAll(List.of("repeats", "householdsMoreThanOnce", "recurring"));
        List<List<Object>> rows = new ArrayList<>();
        for (CategoryTrend trend : categories) {
            List<Object> row = new ArrayList<>(List.of(period, trend.category(), trend.complaints()));
            row.addAll(trend.perMonth());
            row.addAll(List.of(trend.repeats(), trend.householdsMoreThanOnce(), trend.recurring()));
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    public record CategoryTrend(String category, long complaints, List<Long> perMonth, long repeats,
                                long householdsMoreThanOnce, boolean recurring) {
    }
}
