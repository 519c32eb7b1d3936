package com.propcare.command.calendar;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** The calendar data that changes at run time: years published through the API, and what each office set. */
public interface CalendarLookup {

    /** The years published for a region, by year; each replaces the shipped data of its year. */
    Map<Integer, YearDays> published(CalendarRegion region);

    /** What the calendar knows of an office; empty when the office is neither registered nor adjusted. */
    Optional<OfficeDays> office(OfficeId office);

    /**
     * An office's region and time zone as registered (null when its registration was not seen) and its own
     * adjustments by date.
     */
    record OfficeDays(OfficeId office, CalendarRegion region, ZoneId zone, Map<LocalDate, Adjustment> adjustments) {
        public OfficeDays {
            adjustments = Map.copyOf(adjustments);
        }
    }

    /** One date an office made a working day or a holiday for itself. */
    record Adjustment(LocalDate date, CalendarDayKind kind, String reason, Instant at, StaffId by) {
    }
}
