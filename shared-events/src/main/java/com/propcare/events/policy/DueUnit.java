package com.propcare.events.policy;

/** The unit of a {@link Due} period. */
public enum DueUnit {
    /** Clock hours; the calendar plays no part. */
    HOURS,
    /** Days on the calendar, holidays included, keeping the time of day in the office's time zone. */
    CALENDAR_DAYS,
    /** Working days of the office's calendar: weekends and public holidays skipped, make-up working days counted. */
    WORKING_DAYS,
    /** Calendar months, keeping the day of the month where it exists (else the month's last day). */
    MONTHS
}
