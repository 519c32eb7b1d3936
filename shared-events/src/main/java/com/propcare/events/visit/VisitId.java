package com.propcare.events.visit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** One visit obligation's event stream, from its scheduling to its record; ids of triggered visits are derived from the trigger. */
public record VisitId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public VisitId {
        Objects.requireNonNull(value, "VisitId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("VisitId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
