package com.propcare.events.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Identifies one satisfaction-survey campaign of an office, e.g. {@code office-1:2026-H2}. */
public record SurveyCampaignId(@JsonValue String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SurveyCampaignId {
        Objects.requireNonNull(value, "SurveyCampaignId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("SurveyCampaignId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
