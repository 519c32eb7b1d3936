package com.propcare.events.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** A building (楼栋) of an office, named by the office (e.g. {@code 3} or {@code B2}); unique within the office. */
public record BuildingId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public BuildingId {
        Objects.requireNonNull(value, "BuildingId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("BuildingId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
