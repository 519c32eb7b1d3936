package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.policy.Due;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The time arithmetic of an office, as deadlines need it: its time zone, and a due period added by its working-day
 * calendar (public holidays and make-up working days of its region, and its own adjustments).
 */
public interface OfficeCalendars {

    /** Where the office's days begin and end. */
    ZoneId zoneOf(OfficeId office);

    /**
     * {@code from} plus {@code period} by the office's calendar: working days land at the same time of day on the
     * N-th working day after {@code from}'s date (which never counts itself); calendar days and months keep the
     * time of day in the office's zone; hours are exact.
     */
    Instant add(OfficeId office, Instant from, Due period);
}
