package com.propcare.command.calendar;

import com.propcare.events.calendar.CalendarRegion;

import java.util.Objects;

/**
 * Identifies the stream of one region's year, e.g. {@code calendar-year:cn-mainland:2026}. The prefix keeps it
 * apart from every other aggregate's id in the one event store.
 */
public record CalendarYearId(CalendarRegion region, int year) {

    public CalendarYearId {
        Objects.requireNonNull(region, "region");
    }

    @Override
    public String toString() {
        return "calendar-year:" + region.value() + ":" + year;
    }
}
