package com.propcare.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * One bulk import of households: the SHA-256 of the office id and the file's bytes, so that the same file imported
 * again for the same office has the same id.
 */
public record HouseholdImportId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public HouseholdImportId {
        Objects.requireNonNull(value, "HouseholdImportId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("HouseholdImportId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
