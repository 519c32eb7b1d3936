package com.propcare.events.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identifies one complaint's event stream. */
public record ComplaintId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ComplaintId {
        Objects.requireNonNull(value, "ComplaintId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ComplaintId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
