package com.propcare.events.callback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.propcare.events.OfficeId;

import java.time.YearMonth;
import java.util.Objects;

/** Identifies an office's sampling of repair callbacks for one month (in office time): {@code <office>:<yyyy-MM>}. */
public record RepairSamplingId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RepairSamplingId {
        Objects.requireNonNull(value, "RepairSamplingId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("RepairSamplingId must not be blank");
        }
    }

    public static RepairSamplingId of(OfficeId office, YearMonth month) {
        return new RepairSamplingId(office.value() + ":" + month);
    }

    @Override
    public String toString() {
        return value;
    }
}
