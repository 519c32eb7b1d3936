package com.propcare.events.reception;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** One entry of an office's reception log (来访登记). */
public record ReceptionId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ReceptionId {
        Objects.requireNonNull(value, "ReceptionId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ReceptionId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
