package com.propcare.command.calendar;

import com.propcare.events.OfficeId;

import java.util.Objects;

/**
 * Identifies the stream of one office's calendar adjustments, e.g. {@code calendar-adjustments:office-1}. The
 * prefix keeps it apart from the office's own stream, which has the bare office id.
 */
public record OfficeCalendarId(OfficeId office) {

    public OfficeCalendarId {
        Objects.requireNonNull(office, "office");
    }

    @Override
    public String toString() {
        return "calendar-adjustments:" + office.value();
    }
}
