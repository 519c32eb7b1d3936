package com.propcare.query.support;

import com.propcare.query.support.InvalidParameters.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list, in the envelope every list of the API answers with: the items, which page of what size, and
 * how many there are in all.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
    }

    /** The requested page of a whole list; {@code page} and {@code size} as sent (blank: the first, 50). */
    public static <T> Page<T> of(List<T> all, String page, String size) {
        List<Violation> violations = new ArrayList<>();
        int number = Parameters.integer("page", page, 0, 0, Integer.MAX_VALUE, violations);
        int length = Parameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        long from = Math.min((long) number * length, all.size());
        long to = Math.min(from + length, all.size());
        return new Page<>(all.subList((int) from, (int) to), number, length, all.size());
    }
}
