package com.propcare.events.visit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** One festival's holiday-visit plan of an office: office, festival and date, so planning it twice is the same plan. */
public record HolidayPlanId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public HolidayPlanId {
        Objects.requireNonNull(value, "HolidayPlanId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("HolidayPlanId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
