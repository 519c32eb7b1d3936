package com.propcare.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Names the version of an office's policy that a decision was made under, e.g. {@code office-1:v3}. */
public record PolicyVersion(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PolicyVersion {
        Objects.requireNonNull(value, "PolicyVersion value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("PolicyVersion must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
