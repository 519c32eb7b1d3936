package com.propcare.events.callback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identifies one callback obligation's event stream, from its scheduling to its record and follow-ups. */
public record CallbackId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CallbackId {
        Objects.requireNonNull(value, "CallbackId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("CallbackId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
