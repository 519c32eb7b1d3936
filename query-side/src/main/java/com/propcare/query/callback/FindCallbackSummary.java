package com.propcare.query.callback;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/** An office's callback figures for one month, whose days begin and end in {@code zone}. */
public record FindCallbackSummary(String officeId, YearMonth month, ZoneId zone) {

    public FindCallbackSummary {
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }
}
