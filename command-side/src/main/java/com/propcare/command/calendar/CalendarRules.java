package com.propcare.command.calendar;

import com.propcare.command.support.DomainRefusal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.propcare.command.calendar.CalendarRefusalCodes.DATE_LISTED_TWICE;
import static com.propcare.command.calendar.CalendarRefusalCodes.DATE_OUTSIDE_YEAR;
import static com.propcare.command.calendar.CalendarRefusalCodes.FIELD_REQUIRED;
import static com.propcare.command.calendar.CalendarRefusalCodes.MAKE_UP_DAY_NOT_WEEKEND;

/**
 * The checks of the calendar's commands. What a year's holidays and make-up working days must satisfy, whether they
 * come from the shipped file or from a publication: every date in the year, none listed twice (a date is either a
 * holiday or a make-up day, once), and every make-up day a weekend day, because only a day off can be worked
 * instead. A holiday may fall on a weekend: the announced periods include their weekend days, and listing them keeps
 * a period as it was announced.
 */
final class CalendarRules {

    static final String HOLIDAYS = "holidays";
    static final String MAKE_UP_WORKING_DAYS = "makeUpWorkingDays";

    private CalendarRules() {
    }

    static void requirePresent(String field, Object value) {
        if (value == null) {
            throw required(field);
        }
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
    }

    /** A list of dates must be there, and so must each of its dates. */
    static void requireDates(String field, List<LocalDate> dates) {
        requirePresent(field, dates);
        if (dates.stream().anyMatch(Objects::isNull)) {
            throw required(field + "[]");
        }
    }

    private static DomainRefusal required(String field) {
        return DomainRefusal.unprocessable(FIELD_REQUIRED, field + " is required", Map.of("field", field));
    }

    /** Refuses the first broken rule, naming the list and the date. */
    static void check(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkingDays,
                      Set<DayOfWeek> weekend) {
        Set<LocalDate> seen = new HashSet<>();
        checkList(HOLIDAYS, year, holidays, seen);
        checkList(MAKE_UP_WORKING_DAYS, year, makeUpWorkingDays, seen);
        for (LocalDate date : makeUpWorkingDays) {
            if (!weekend.contains(date.getDayOfWeek())) {
                throw DomainRefusal.unprocessable(MAKE_UP_DAY_NOT_WEEKEND, "The make-up working day " + date
                        + " is a " + date.getDayOfWeek() + ", not a weekend day: only a day off can be worked instead",
                        Map.of("field", MAKE_UP_WORKING_DAYS, "date", date.toString(),
                               "dayOfWeek", date.getDayOfWeek().name()));
            }
        }
    }

    private static void checkList(String field, int year, List<LocalDate> dates, Set<LocalDate> seen) {
        for (LocalDate date : dates) {
            if (date.getYear() != year) {
                throw DomainRefusal.unprocessable(DATE_OUTSIDE_YEAR, field + " lists " + date + ", which is not in "
                        + year, Map.of("field", field, "date", date.toString(), "year", year));
            }
            if (!seen.add(date)) {
                throw DomainRefusal.unprocessable(DATE_LISTED_TWICE, date + " is listed twice (" + field
                        + "); a date is either a holiday or a make-up working day, once",
                        Map.of("field", field, "date", date.toString()));
            }
        }
    }
}
