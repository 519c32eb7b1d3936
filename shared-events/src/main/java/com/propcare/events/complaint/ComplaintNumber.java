package com.propcare.events.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** The per-office human-readable number printed on the register, the handling notice and the original document. */
public record ComplaintNumber(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ComplaintNumber {
        Objects.requireNonNull(value, "ComplaintNumber value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ComplaintNumber must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
