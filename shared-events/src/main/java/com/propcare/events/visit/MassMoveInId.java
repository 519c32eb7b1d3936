package com.propcare.events.visit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** One declared mass move-in window of an office. */
public record MassMoveInId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MassMoveInId {
        Objects.requireNonNull(value, "MassMoveInId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("MassMoveInId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
