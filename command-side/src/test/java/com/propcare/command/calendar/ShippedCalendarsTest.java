package com.propcare.command.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static com.propcare.command.calendar.CalendarTestData.CN_MAINLAND;
import static org.assertj.core.api.Assertions.assertThat;

/** The mainland-China calendar shipped with the product, as the State Council announced 2025 and 2026. */
class ShippedCalendarsTest {

    private final ShippedCalendars.ShippedRegion mainland = CalendarTestData.shipped().region(CN_MAINLAND)
                                                                           .orElseThrow();

    @Test
    void mainland_china_ships_2025_and_2026_with_saturday_and_sunday_as_its_weekend() {
        assertThat(mainland.years()).containsOnlyKeys(2025, 2026);
        assertThat(mainland.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void the_2025_holidays_and_make_up_working_days_are_as_announced() {
        YearDays year = mainland.years().get(2025);

        assertThat(year.holidays()).containsExactlyElementsOf(concat(
                days("2025-01-01", "2025-01-01"), days("2025-01-28", "2025-02-04"), days("2025-04-04", "2025-04-06"),
                days("2025-05-01", "2025-05-05"), days("2025-05-31", "2025-06-02"), days("2025-10-01", "2025-10-08")));
        assertThat(year.makeUpWorkingDays()).containsExactly(
                LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-08"), LocalDate.parse("2025-04-27"),
                LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"));
    }

    @Test
    void the_2026_holidays_and_make_up_working_days_are_as_announced() {
        YearDays year = mainland.years().get(2026);

        assertThat(year.holidays()).containsExactlyElementsOf(concat(
                days("2026-01-01", "2026-01-03"), days("2026-02-15", "2026-02-23"), days("2026-04-04", "2026-04-06"),
                days("2026-05-01", "2026-05-05"), days("2026-06-19", "2026-06-21"), days("2026-09-25", "2026-09-27"),
                days("2026-10-01", "2026-10-07")));
        assertThat(year.makeUpWorkingDays()).containsExactly(
                LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"),
                LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10"));
    }

    @Test
    void every_shipped_make_up_working_day_is_a_weekend_day() {
        assertThat(mainland.years().values().stream().flatMap(year -> year.makeUpWorkingDays().stream()))
                .allSatisfy(date -> assertThat(date.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    private static List<LocalDate> days(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
    }

    @SafeVarargs
    private static List<LocalDate> concat(List<LocalDate>... periods) {
        return Stream.of(periods).flatMap(List::stream).toList();
    }
}
