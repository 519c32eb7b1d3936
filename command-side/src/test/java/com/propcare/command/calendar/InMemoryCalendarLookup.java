package com.propcare.command.calendar;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The calendar's run-time data held in memory, set up by a test: offices, their adjustments, publications. */
public final class InMemoryCalendarLookup implements CalendarLookup {

    private static final Instant SOME_TIME = Instant.parse("2026-01-01T00:00:00Z");
    private static final StaffId ADMIN = new StaffId("admin-1");

    private final Map<CalendarRegion, Map<Integer, YearDays>> published = new HashMap<>();
    private final Map<OfficeId, OfficeDays> offices = new HashMap<>();

    InMemoryCalendarLookup office(OfficeId office, CalendarRegion region, ZoneId zone) {
        offices.put(office, new OfficeDays(office, region, zone, Map.of()));
        return this;
    }

    InMemoryCalendarLookup adjusted(OfficeId office, LocalDate date, CalendarDayKind kind) {
        OfficeDays days = offices.get(office);
        Map<LocalDate, Adjustment> adjustments = new HashMap<>(days.adjustments());
        adjustments.put(date, new Adjustment(date, kind, "test", SOME_TIME, ADMIN));
        offices.put(office, new OfficeDays(office, days.region(), days.zone(), adjustments));
        return this;
    }

    InMemoryCalendarLookup published(CalendarRegion region, int year, List<LocalDate> holidays,
                                     List<LocalDate> makeUpWorkingDays) {
        published.computeIfAbsent(region, ignored -> new HashMap<>())
                 .put(year, YearDays.published(year, holidays, makeUpWorkingDays, SOME_TIME, ADMIN));
        return this;
    }

    @Override
    public Map<Integer, YearDays> published(CalendarRegion region) {
        return published.getOrDefault(region, Map.of());
    }

    @Override
    public Optional<OfficeDays> office(OfficeId office) {
        return Optional.ofNullable(offices.get(office));
    }
}
