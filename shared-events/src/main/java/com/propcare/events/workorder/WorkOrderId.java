package com.propcare.events.workorder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identifies one work order (派工单). */
public record WorkOrderId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WorkOrderId {
        Objects.requireNonNull(value, "WorkOrderId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("WorkOrderId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
