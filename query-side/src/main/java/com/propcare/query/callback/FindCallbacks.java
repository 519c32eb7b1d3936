package com.propcare.query.callback;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A page of an office's callbacks, soonest due first. Filters are optional: {@code kind} and {@code role} null
 * for any, {@code statuses} empty for any, {@code dueBefore} (exclusive) null for any time.
 */
public record FindCallbacks(String officeId, String kind, Set<CallbackStatus> statuses, String role,
                            Instant dueBefore, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public FindCallbacks {
        Objects.requireNonNull(officeId, "officeId");
        statuses = Set.copyOf(statuses);
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ": " + size);
        }
    }
}
