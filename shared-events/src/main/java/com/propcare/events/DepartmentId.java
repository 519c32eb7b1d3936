package com.propcare.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A department or team of an office that handles dispatched work. */
public record DepartmentId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DepartmentId {
        Objects.requireNonNull(value, "DepartmentId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("DepartmentId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
