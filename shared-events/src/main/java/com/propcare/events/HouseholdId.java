package com.propcare.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A household / unit (住户); personal data about its residents is kept elsewhere. */
public record HouseholdId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public HouseholdId {
        Objects.requireNonNull(value, "HouseholdId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("HouseholdId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
