package com.propcare.command.calendar;

import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static com.propcare.command.calendar.CalendarTestData.CN_MAINLAND;
import static com.propcare.command.calendar.CalendarTestData.SHANGHAI;
import static com.propcare.command.calendar.CalendarTestData.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working-day arithmetic on the shipped mainland-China calendar, its publications and offices' adjustments. */
class WorkingCalendarTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final OfficeId OTHER_OFFICE = new OfficeId("office-2");

    private final InMemoryCalendarLookup lookup = new InMemoryCalendarLookup();
    private final WorkingCalendar calendar = CalendarTestData.calendar(lookup);

    private DayCalendar inShanghai() {
        return calendar.forRegion(CN_MAINLAND, SHANGHAI, null);
    }

    private Instant oneWorkingDayAfter(String shanghaiDateTime) {
        return inShanghai().plusWorkingDays(shanghai(shanghaiDateTime), 1);
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }

    @Nested
    class An_ordinary_week {

        @Test
        void monday_to_friday_are_working_days_and_the_weekend_is_not() {
            LocalDate monday = date("2026-03-02");
            assertThat(monday.datesUntil(monday.plusDays(7)).filter(inShanghai()::isWorkingDay))
                    .containsExactly(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3),
                                     monday.plusDays(4));
        }

        @Test
        void friday_plus_one_working_day_is_monday_at_the_same_time() {
            assertThat(oneWorkingDayAfter("2026-03-06T09:30")).isEqualTo(shanghai("2026-03-09T09:30"));
        }

        @Test
        void wednesday_plus_one_working_day_is_thursday() {
            assertThat(oneWorkingDayAfter("2026-03-04T16:00")).isEqualTo(shanghai("2026-03-05T16:00"));
        }

        @Test
        void a_start_at_the_weekend_counts_from_the_next_working_day() {
            assertThat(oneWorkingDayAfter("2026-03-07T11:00")).isEqualTo(shanghai("2026-03-09T11:00"));
        }

        @Test
        void five_working_days_span_the_weekend() {
            assertThat(inShanghai().plusWorkingDays(shanghai("2026-03-04T10:00"), 5))
                    .isEqualTo(shanghai("2026-03-11T10:00"));
        }

        @Test
        void zero_working_days_is_the_same_instant() {
            Instant saturday = shanghai("2026-03-07T11:00");

            assertThat(inShanghai().plusWorkingDays(saturday, 0)).isEqualTo(saturday);
        }

        @Test
        void negative_working_days_are_rejected() {
            assertThatThrownBy(() -> inShanghai().plusWorkingDays(shanghai("2026-03-04T10:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_calendar_without_working_days_fails_instead_of_searching_for_ever() {
            DayCalendar never = new DayCalendar(CN_MAINLAND, SHANGHAI, EnumSet.allOf(DayOfWeek.class), Map.of(),
                                                Map.of());

            assertThatThrownBy(() -> never.plusWorkingDays(shanghai("2026-03-04T10:00"), 1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("working-day calendar");
        }
    }

    @Nested
    class Spring_festival_2026 {

        @Test
        void its_nine_days_are_off_and_the_saturdays_before_and_after_are_worked() {
            DayCalendar days = inShanghai();

            assertThat(date("2026-02-13").datesUntil(date("2026-03-02")).filter(days::isWorkingDay))
                    .containsExactly(date("2026-02-13"), date("2026-02-14"), date("2026-02-24"), date("2026-02-25"),
                                     date("2026-02-26"), date("2026-02-27"), date("2026-02-28"));
        }

        @Test
        void one_working_day_after_the_friday_before_it_is_the_make_up_saturday() {
            assertThat(oneWorkingDayAfter("2026-02-13T10:00")).isEqualTo(shanghai("2026-02-14T10:00"));
        }

        @Test
        void one_working_day_after_the_make_up_saturday_is_the_tuesday_after_the_holiday() {
            assertThat(oneWorkingDayAfter("2026-02-14T10:00")).isEqualTo(shanghai("2026-02-24T10:00"));
        }

        @Test
        void three_working_days_from_the_thursday_before_it_land_after_it() {
            assertThat(inShanghai().plusWorkingDays(shanghai("2026-02-12T15:00"), 3))
                    .isEqualTo(shanghai("2026-02-24T15:00"));
        }

        @Test
        void the_saturday_after_it_is_worked_and_the_sunday_is_not() {
            assertThat(oneWorkingDayAfter("2026-02-27T10:00")).isEqualTo(shanghai("2026-02-28T10:00"));
            assertThat(oneWorkingDayAfter("2026-02-28T10:00")).isEqualTo(shanghai("2026-03-02T10:00"));
        }
    }

    @Nested
    class National_day_2025 {

        @Test
        void one_working_day_after_the_friday_before_it_is_the_make_up_sunday() {
            assertThat(oneWorkingDayAfter("2025-09-26T10:00")).isEqualTo(shanghai("2025-09-28T10:00"));
        }

        @Test
        void one_working_day_after_30_september_is_9_october_as_the_holiday_lasts_eight_days() {
            assertThat(oneWorkingDayAfter("2025-09-30T17:00")).isEqualTo(shanghai("2025-10-09T17:00"));
        }

        @Test
        void the_saturday_after_it_is_a_make_up_working_day() {
            assertThat(oneWorkingDayAfter("2025-10-10T10:00")).isEqualTo(shanghai("2025-10-11T10:00"));
            assertThat(inShanghai().isWorkingDay(date("2025-10-12"))).isFalse();
        }
    }

    @Nested
    class National_day_2026 {

        @Test
        void one_working_day_after_30_september_at_17_00_is_8_october_at_17_00() {
            assertThat(oneWorkingDayAfter("2026-09-30T17:00")).isEqualTo(shanghai("2026-10-08T17:00"));
        }

        @Test
        void the_sunday_three_weeks_before_it_is_a_make_up_working_day() {
            assertThat(oneWorkingDayAfter("2026-09-18T10:00")).isEqualTo(shanghai("2026-09-20T10:00"));
        }

        @Test
        void mid_autumn_the_weekend_before_is_off_from_friday_to_sunday() {
            assertThat(oneWorkingDayAfter("2026-09-24T10:00")).isEqualTo(shanghai("2026-09-28T10:00"));
        }

        @Test
        void the_saturday_after_it_is_a_make_up_working_day() {
            assertThat(oneWorkingDayAfter("2026-10-09T10:00")).isEqualTo(shanghai("2026-10-10T10:00"));
        }

        @Test
        void the_days_off_passed_are_named() {
            DayCalendar days = inShanghai();
            Instant from = shanghai("2026-09-30T17:00");

            assertThat(days.daysOffBetween(from, days.plusWorkingDays(from, 1)))
                    .isEqualTo(date("2026-10-01").datesUntil(date("2026-10-08")).toList());
        }
    }

    @Nested
    class The_end_of_the_year {

        @Test
        void one_working_day_after_31_december_2025_is_the_make_up_sunday_4_january_2026() {
            assertThat(oneWorkingDayAfter("2025-12-31T17:00")).isEqualTo(shanghai("2026-01-04T17:00"));
        }

        @Test
        void a_year_not_yet_published_counts_monday_to_friday_so_1_january_2027_is_a_working_day() {
            Instant from = shanghai("2026-12-31T17:00");

            assertThat(oneWorkingDayAfter("2026-12-31T17:00")).isEqualTo(shanghai("2027-01-01T17:00"));
            assertThat(inShanghai().yearsWithoutData(from, shanghai("2027-01-01T17:00"))).containsExactly(2027);
        }

        @Test
        void once_2027_is_published_its_new_year_holiday_is_skipped() {
            lookup.published(CN_MAINLAND, 2027, List.of(date("2027-01-01"), date("2027-01-02"), date("2027-01-03")),
                             List.of());

            assertThat(oneWorkingDayAfter("2026-12-31T17:00")).isEqualTo(shanghai("2027-01-04T17:00"));
            assertThat(calendar.year(CN_MAINLAND, 2027)).get().extracting(YearDays::source)
                                                         .isEqualTo(YearDays.Source.PUBLISHED);
        }
    }

    @Nested
    class A_publication {

        @Test
        void replaces_the_shipped_year() {
            lookup.published(CN_MAINLAND, 2026, date("2026-10-01").datesUntil(date("2026-10-09")).toList(),
                             List.of(date("2026-09-27")));

            DayCalendar days = inShanghai();
            assertThat(oneWorkingDayAfter("2026-09-30T17:00")).isEqualTo(shanghai("2026-10-09T17:00"));
            assertThat(days.isWorkingDay(date("2026-09-27"))).isTrue();
            assertThat(days.isWorkingDay(date("2026-10-10"))).as("the shipped make-up day is gone").isFalse();
            assertThat(days.isWorkingDay(date("2026-02-16"))).as("the shipped holidays are gone too").isTrue();
        }

        @Test
        void of_a_year_leaves_the_other_years_as_shipped() {
            lookup.published(CN_MAINLAND, 2027, List.of(date("2027-01-01")), List.of());

            assertThat(calendar.year(CN_MAINLAND, 2026)).get().extracting(YearDays::source)
                                                         .isEqualTo(YearDays.Source.SHIPPED);
            assertThat(oneWorkingDayAfter("2026-09-30T17:00")).isEqualTo(shanghai("2026-10-08T17:00"));
        }
    }

    @Nested
    class Time_zones {

        @Test
        void an_instant_that_is_friday_evening_in_utc_is_saturday_in_shanghai() {
            Instant fridayInUtcSaturdayInShanghai = Instant.parse("2026-03-06T20:00:00Z");

            assertThat(inShanghai().plusWorkingDays(fridayInUtcSaturdayInShanghai, 1))
                    .isEqualTo(shanghai("2026-03-09T04:00"));
            assertThat(calendar.forRegion(CN_MAINLAND, ZoneOffset.UTC, null)
                               .plusWorkingDays(fridayInUtcSaturdayInShanghai, 1))
                    .isEqualTo(Instant.parse("2026-03-09T20:00:00Z"));
        }

        @Test
        void the_zone_decides_whether_the_start_is_the_eve_or_the_make_up_saturday_of_spring_festival() {
            Instant fridayInUtcSaturdayInShanghai = Instant.parse("2026-02-13T17:00:00Z");

            assertThat(inShanghai().plusWorkingDays(fridayInUtcSaturdayInShanghai, 1))
                    .isEqualTo(shanghai("2026-02-24T01:00"));
            assertThat(calendar.forRegion(CN_MAINLAND, ZoneOffset.UTC, null)
                               .plusWorkingDays(fridayInUtcSaturdayInShanghai, 1))
                    .isEqualTo(Instant.parse("2026-02-14T17:00:00Z"));
        }
    }

    @Nested
    class An_office {

        @Test
        void that_the_registry_does_not_know_follows_mainland_china_in_shanghai() {
            assertThat(calendar.zoneOf(OFFICE)).isEqualTo(SHANGHAI);
            assertThat(calendar.add(OFFICE, shanghai("2026-09-30T17:00"), new Due(1, DueUnit.WORKING_DAYS)))
                    .isEqualTo(shanghai("2026-10-08T17:00"));
        }

        @Test
        void works_in_its_own_time_zone() {
            ZoneId urumqi = ZoneId.of("Asia/Urumqi");
            lookup.office(OFFICE, CN_MAINLAND, urumqi);

            assertThat(calendar.zoneOf(OFFICE)).isEqualTo(urumqi);
            assertThat(calendar.add(OFFICE, Instant.parse("2026-09-30T09:00:00Z"), new Due(1, DueUnit.WORKING_DAYS)))
                    .isEqualTo(Instant.parse("2026-10-08T09:00:00Z"));
        }

        @Test
        void that_made_a_date_a_holiday_skips_it() {
            lookup.office(OFFICE, CN_MAINLAND, SHANGHAI).adjusted(OFFICE, date("2026-10-08"), CalendarDayKind.HOLIDAY);

            assertThat(calendar.forOffice(OFFICE).plusWorkingDays(shanghai("2026-09-30T17:00"), 1))
                    .isEqualTo(shanghai("2026-10-09T17:00"));
        }

        @Test
        void that_made_a_holiday_a_working_day_counts_it() {
            lookup.office(OFFICE, CN_MAINLAND, SHANGHAI)
                  .adjusted(OFFICE, date("2026-10-03"), CalendarDayKind.WORKING_DAY);

            assertThat(calendar.forOffice(OFFICE).plusWorkingDays(shanghai("2026-09-30T17:00"), 1))
                    .isEqualTo(shanghai("2026-10-03T17:00"));
        }

        @Test
        void does_not_see_another_offices_adjustments() {
            lookup.office(OFFICE, CN_MAINLAND, SHANGHAI).adjusted(OFFICE, date("2026-10-08"), CalendarDayKind.HOLIDAY)
                  .office(OTHER_OFFICE, CN_MAINLAND, SHANGHAI);

            assertThat(calendar.forOffice(OTHER_OFFICE).plusWorkingDays(shanghai("2026-09-30T17:00"), 1))
                    .isEqualTo(shanghai("2026-10-08T17:00"));
            assertThat(calendar.forRegion(CN_MAINLAND, SHANGHAI, OFFICE)
                               .plusWorkingDays(shanghai("2026-09-30T17:00"), 1))
                    .isEqualTo(shanghai("2026-10-09T17:00"));
        }

        @Test
        void registered_in_a_region_without_a_calendar_follows_mainland_china() {
            lookup.office(OFFICE, new CalendarRegion("xx-nowhere"), SHANGHAI);

            assertThat(calendar.forOffice(OFFICE).region()).isEqualTo(CN_MAINLAND);
        }
    }

    @Nested
    class Other_units {

        @Test
        void calendar_days_count_holidays_and_keep_the_time_of_day() {
            assertThat(inShanghai().plusCalendarDays(shanghai("2026-09-30T17:00"), 3))
                    .isEqualTo(shanghai("2026-10-03T17:00"));
        }

        @Test
        void hours_are_exact() {
            Instant from = shanghai("2026-09-30T17:00");

            assertThat(inShanghai().add(from, new Due(24, DueUnit.HOURS))).isEqualTo(from.plus(Duration.ofHours(24)));
        }

        @Test
        void a_month_after_31_january_is_the_last_day_of_february() {
            assertThat(inShanghai().add(shanghai("2026-01-31T10:00"), new Due(1, DueUnit.MONTHS)))
                    .isEqualTo(shanghai("2026-02-28T10:00"));
        }
    }

    @Test
    void a_region_without_a_shipped_calendar_is_refused_by_name() {
        assertThatThrownBy(() -> calendar.forRegion(new CalendarRegion("xx-nowhere"), SHANGHAI, null))
                .isInstanceOfSatisfying(DomainRefusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(CalendarRefusalCodes.REGION_UNKNOWN);
                    assertThat(refusal.kind()).isEqualTo(DomainRefusal.Kind.NOT_FOUND);
                });
    }
}
