package com.propcare.command.calendar;

import com.propcare.events.calendar.CalendarRegion;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Calendars for tests: the shipped data, with what a test publishes or adjusts in memory. */
public final class CalendarTestData {

    public static final CalendarRegion CN_MAINLAND = new CalendarRegion("cn-mainland");
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ShippedCalendars SHIPPED = new ShippedCalendars();

    private CalendarTestData() {
    }

    /** The shipped calendars, nothing published, no office registered: offices follow cn-mainland in Shanghai. */
    public static WorkingCalendar shippedOnly() {
        return calendar(new InMemoryCalendarLookup());
    }

    static WorkingCalendar calendar(CalendarLookup lookup) {
        return new WorkingCalendar(SHIPPED, lookup, CN_MAINLAND.value(), SHANGHAI.getId());
    }

    static ShippedCalendars shipped() {
        return SHIPPED;
    }

    /** A local date-time in Shanghai, e.g. {@code shanghai("2026-09-30T17:00")}. */
    public static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
