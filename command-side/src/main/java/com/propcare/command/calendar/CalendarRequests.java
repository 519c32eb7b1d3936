package com.propcare.command.calendar;

import com.propcare.command.support.OneOf;
import com.propcare.events.calendar.CalendarDayKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bodies and answers of the calendar endpoints. Who acts is the signed-in user, never a field of the body. */
final class CalendarRequests {

    static final int ID_MAX = 100;
    static final int TEXT_MAX = 1000;
    static final int DAYS_IN_A_YEAR_MAX = 366;

    private CalendarRequests() {
    }

    /**
     * A year's publication. Holidays list every day of each holiday period, weekend days included; make-up working
     * days may be omitted when the year has none.
     */
    record PublishYear(@NotEmpty @Size(max = DAYS_IN_A_YEAR_MAX) List<@NotNull LocalDate> holidays,
                       @Size(max = DAYS_IN_A_YEAR_MAX) List<@NotNull LocalDate> makeUpWorkingDays) {

        List<LocalDate> makeUpWorkingDaysOrNone() {
            return makeUpWorkingDays == null ? List.of() : makeUpWorkingDays;
        }
    }

    record Adjust(@NotNull LocalDate date,
                  @NotBlank @OneOf(CalendarDayKind.class) String kind,
                  @NotBlank @Size(max = TEXT_MAX) String reason) {
    }

    /** A year as it is in force; {@code publishedAt} and {@code publishedBy} are null for the shipped data. */
    record YearView(String region, int year, YearDays.Source source, List<LocalDate> holidays,
                    List<LocalDate> makeUpWorkingDays, Instant publishedAt, String publishedBy) {

        static YearView of(String region, YearDays days) {
            return new YearView(region, days.year(), days.source(), List.copyOf(days.holidays()),
                                List.copyOf(days.makeUpWorkingDays()), days.publishedAt(),
                                days.publishedBy() == null ? null : days.publishedBy().value());
        }
    }

    /** The answer to an adjustment. */
    record Adjusted(String officeId, LocalDate date, CalendarDayKind kind, Long version) {
    }

    /** An office's calendar settings: its region and time zone as registered, and its adjustments by date. */
    record OfficeAdjustments(String officeId, String region, String timeZone, List<AdjustmentView> adjustments) {
    }

    record AdjustmentView(LocalDate date, CalendarDayKind kind, String reason, Instant at, String adjustedBy) {
    }

    /**
     * The answer to a computation: the start and the result in the zone, the rule applied, the days off skipped
     * (for working days), and the years counted Monday to Friday because no calendar covers them.
     */
    record Sum(String region, String office, String zone, String from, int amount, String unit, String result,
               Instant resultInstant, String rule, List<LocalDate> daysOffSkipped, List<Integer> yearsWithoutCalendar) {
    }
}
