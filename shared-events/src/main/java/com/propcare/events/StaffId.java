package com.propcare.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A member of an office's staff. */
public record StaffId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StaffId {
        Objects.requireNonNull(value, "StaffId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("StaffId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
