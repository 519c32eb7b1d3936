package com.propcare.events.callback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identifies one recorded matter (an accident, a service, a delivery, an appointment …) that may trigger callbacks. */
public record MatterId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MatterId {
        Objects.requireNonNull(value, "MatterId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("MatterId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
