package com.propcare.events.reception;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** One building-leader meeting (楼长座谈会) of an office. */
public record MeetingId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingId {
        Objects.requireNonNull(value, "MeetingId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("MeetingId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
