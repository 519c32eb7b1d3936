package com.propcare.command.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Which calendar days an office works. Deadlines such as "first reply within 1 working day" are counted on this
 * calendar in the office's time zone, so a complaint received on a Friday is due on the next working day.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /**
     * The same local time of day on the {@code days}-th working day after {@code from}'s date. Counting starts on
     * the following day, so a day off in between is skipped and {@code from} itself never counts.
     */
    default Instant plusWorkingDays(Instant from, int days, ZoneId zone) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        ZonedDateTime due = from.atZone(zone);
        ZonedDateTime giveUpAfter = due.plusDays(days).plusYears(10);   // a calendar without working days is bad data
        int remaining = days;
        while (remaining > 0) {
            due = due.plusDays(1);
            if (isWorkingDay(due.toLocalDate())) {
                remaining--;
            }
            if (due.isAfter(giveUpAfter)) {
                throw new IllegalStateException("No " + days + " working days after " + from
                        + " within ten years: check the working-day calendar");
            }
        }
        return due.toInstant();
    }
}
