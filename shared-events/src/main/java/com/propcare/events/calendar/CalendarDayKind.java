package com.propcare.events.calendar;

/** What an office makes of one date, whatever its region's calendar says about it. */
public enum CalendarDayKind {
    /** The office works that day, e.g. a Saturday it opens for a move-in weekend. */
    WORKING_DAY,
    /** The office is closed that day, e.g. a local holiday or a day off granted by the company. */
    HOLIDAY
}
