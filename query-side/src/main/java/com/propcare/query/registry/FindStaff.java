package com.propcare.query.registry;

import java.util.Objects;

/**
 * An office's staff by name, optionally only those with {@code role} or only those who still work there
 * ({@code active}); answered with {@code null} when the office is unknown.
 */
public record FindStaff(String officeId, String role, Boolean active) {

    public FindStaff {
        Objects.requireNonNull(officeId, "officeId");
    }
}
