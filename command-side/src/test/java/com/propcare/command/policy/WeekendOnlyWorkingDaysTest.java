package com.propcare.command.policy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeekendOnlyWorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDays workingDays = new WeekendOnlyWorkingDays();

    @Test
    void monday_to_friday_are_working_days_and_the_weekend_is_not() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(monday.datesUntil(monday.plusDays(7)).filter(workingDays::isWorkingDay))
                .containsExactly(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3),
                                 monday.plusDays(4));
    }

    @Test
    void friday_plus_one_working_day_is_monday_at_the_same_time() {
        Instant friday = shanghai("2026-03-06T09:30");

        assertThat(workingDays.plusWorkingDays(friday, 1, SHANGHAI)).isEqualTo(shanghai("2026-03-09T09:30"));
    }

    @Test
    void wednesday_plus_one_working_day_is_thursday() {
        assertThat(workingDays.plusWorkingDays(shanghai("2026-03-04T16:00"), 1, SHANGHAI))
                .isEqualTo(shanghai("2026-03-05T16:00"));
    }

    @Test
    void a_day_received_at_the_weekend_counts_from_the_next_working_day() {
        assertThat(workingDays.plusWorkingDays(shanghai("2026-03-07T11:00"), 1, SHANGHAI))
                .isEqualTo(shanghai("2026-03-09T11:00"));
    }

    @Test
    void five_working_days_span_the_weekend() {
        assertThat(workingDays.plusWorkingDays(shanghai("2026-03-04T10:00"), 5, SHANGHAI))
                .isEqualTo(shanghai("2026-03-11T10:00"));
    }

    @Test
    void zero_working_days_is_the_same_instant() {
        Instant saturday = shanghai("2026-03-07T11:00");

        assertThat(workingDays.plusWorkingDays(saturday, 0, SHANGHAI)).isEqualTo(saturday);
    }

    @Test
    void the_office_time_zone_decides_which_day_it_is() {
        Instant fridayInUtcSaturdayInShanghai = Instant.parse("2026-03-06T20:00:00Z");

        assertThat(workingDays.plusWorkingDays(fridayInUtcSaturdayInShanghai, 1, SHANGHAI))
                .isEqualTo(shanghai("2026-03-09T04:00"));
        assertThat(workingDays.plusWorkingDays(fridayInUtcSaturdayInShanghai, 1, ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-03-09T20:00:00Z"));
    }

    @Test
    void negative_working_days_are_rejected() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(shanghai("2026-03-04T10:00"), -1, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_calendar_without_working_days_fails_instead_of_searching_for_ever() {
        WorkingDays never = date -> false;

        assertThatThrownBy(() -> never.plusWorkingDays(shanghai("2026-03-04T10:00"), 1, SHANGHAI))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("working-day calendar");
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
