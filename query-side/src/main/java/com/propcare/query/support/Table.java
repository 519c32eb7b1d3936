package com.propcare.query.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Rows under named columns. A column's name is a field name ({@code numerator.count}); the export writes it in the
 * reader's language ({@link ColumnNames}).
 */
public record Table(List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    public static Builder with(String... columns) {
        return new Builder(Arrays.asList(columns));
    }

    /** Rows added one by one, each with a value per column. */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(columns.size() + " values expected, " + values.length + " given");
            }
            rows.add(Arrays.asList(values));
            return this;
        }

        public Table build() {
            return new Table(columns, rows);
        }
    }
}
