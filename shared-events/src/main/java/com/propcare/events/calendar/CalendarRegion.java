package com.propcare.events.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Names a working-day calendar, e.g. {@code cn-mainland}: whose public holidays and make-up working days apply. */
public record CalendarRegion(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CalendarRegion {
        Objects.requireNonNull(value, "CalendarRegion value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("CalendarRegion must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
