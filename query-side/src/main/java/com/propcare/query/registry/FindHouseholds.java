package com.propcare.query.registry;

import java.util.Objects;

/**
 * A page of an office's households, by building and unit. Filters are optional ({@code null} = any):
 * {@code keyResident} true/false selects households with/without any key-resident flag, {@code keyResidentFlag}
 * those with that flag. Answered with {@code null} when the office is unknown.
 */
public record FindHouseholds(String officeId, Boolean occupied, String building, Boolean keyResident,
                             String keyResidentFlag, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public FindHouseholds {
        Objects.requireNonNull(officeId, "officeId");
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ": " + size);
        }
    }
}
