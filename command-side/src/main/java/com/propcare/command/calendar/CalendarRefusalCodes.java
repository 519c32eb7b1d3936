package com.propcare.command.calendar;

/** The stable codes with which the calendar refuses commands and questions; they are part of the HTTP API. */
public final class CalendarRefusalCodes {

    /** A field the command needs is missing or blank (422; details: field). */
    public static final String FIELD_REQUIRED = "CALENDAR_FIELD_REQUIRED";
    /** A date is listed twice: twice as a holiday, twice as a make-up day, or as both (422; details: field, date). */
    public static final String DATE_LISTED_TWICE = "CALENDAR_DATE_LISTED_TWICE";
    /** A date does not lie in the year being published (422; details: field, date, year). */
    public static final String DATE_OUTSIDE_YEAR = "CALENDAR_DATE_OUTSIDE_YEAR";
    /**
     * A make-up working day is not a weekend day of the region: only a day off can be worked instead (422; details:
     * field, date, dayOfWeek).
     */
    public static final String MAKE_UP_DAY_NOT_WEEKEND = "CALENDAR_MAKE_UP_DAY_NOT_WEEKEND";
    /** No calendar ships for this region, so nothing can be published for it or computed with it (404; details: region). */
    public static final String REGION_UNKNOWN = "CALENDAR_REGION_UNKNOWN";
    /** Neither the shipped data nor a publication covers this year (404; details: region, year). */
    public static final String YEAR_NOT_PUBLISHED = "CALENDAR_YEAR_NOT_PUBLISHED";
    /** The office has this date adjusted to this kind already (409; details: date, kind). */
    public static final String ADJUSTMENT_UNCHANGED = "CALENDAR_ADJUSTMENT_UNCHANGED";

    private CalendarRefusalCodes() {
    }
}
