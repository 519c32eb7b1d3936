package com.propcare.events.visit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** One opinion raised in a visit, at the reception desk or in a building-leader meeting; derived from its source and position there. */
public record OpinionId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OpinionId {
        Objects.requireNonNull(value, "OpinionId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("OpinionId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
