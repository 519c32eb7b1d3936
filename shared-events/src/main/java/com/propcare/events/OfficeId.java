package com.propcare.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A management office (管理处), the tenant of the system. */
public record OfficeId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OfficeId {
        Objects.requireNonNull(value, "OfficeId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("OfficeId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
