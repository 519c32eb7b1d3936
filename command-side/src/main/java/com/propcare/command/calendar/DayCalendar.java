package com.propcare.command.calendar;

import com.propcare.events.calendar.CalendarDayKind;
import com.propcare.events.calendar.CalendarRegion;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One calendar to compute with: a region's weekend and years (shipped, or as published since), seen from a time
 * zone, with an office's own adjustments on top. Which day an instant falls on is decided in {@link #zone()}.
 * <p>
 * A date is a working day when the office adjusted it to one; else not when the office made it a holiday; else
 * not when its year lists it as a holiday; else when its year lists it as a make-up working day (调休); else when it
 * is not a weekend day. A year neither shipped nor published counts Monday to Friday, so a deadline computed in it
 * may come early around its holidays, never late.
 */
public record DayCalendar(CalendarRegion region, ZoneId zone, Set<DayOfWeek> weekend, Map<Integer, YearDays> years,
                          Map<LocalDate, CalendarDayKind> adjustments) {

    /** A calendar without working days is bad data: a search for working days gives up after this long. */
    private static final Period GIVE_UP_AFTER = Period.ofYears(10);

    public DayCalendar {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
        weekend = Set.copyOf(weekend);
        years = Map.copyOf(years);
        adjustments = Map.copyOf(adjustments);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDayKind adjusted = adjustments.get(date);
        if (adjusted != null) {
            return adjusted == CalendarDayKind.WORKING_DAY;
        }
        YearDays year = years.get(date.getYear());
        if (year != null && year.holidays().contains(date)) {
            return false;
        }
        if (year != null && year.makeUpWorkingDays().contains(date)) {
            return true;
        }
        return !weekend.contains(date.getDayOfWeek());
    }

    /**
     * The same local time of day on the {@code days}-th working day after {@code from}'s date. Counting starts on
     * the following day, so {@code from}'s own date never counts, whether it is a working day or not: 1 working
     * day after Wednesday 17:00 is Thursday 17:00, and after a holiday eve it is the first working day after the
     * holiday. Zero days is {@code from} itself.
     */
    public Instant plusWorkingDays(Instant from, int days) {
        requireNotNegative(days);
        ZonedDateTime due = from.atZone(zone);
        ZonedDateTime giveUpAfter = due.plusDays(days).plus(GIVE_UP_AFTER);
        int remaining = days;
        while (remaining > 0) {
            due = due.plusDays(1);
            if (isWorkingDay(due.toLocalDate())) {
                remaining--;
            }
            if (due.isAfter(giveUpAfter)) {
                throw new IllegalStateException("No " + days + " working days after " + from + " within "
                        + GIVE_UP_AFTER + ": check the working-day calendar of " + region);
            }
        }
        return due.toInstant();
    }

    /** The same local time of day {@code days} calendar days later; holidays count like any other day. */
    public Instant plusCalendarDays(Instant from, int days) {
        requireNotNegative(days);
        return from.atZone(zone).plusDays(days).toInstant();
    }

    /** Exactly {@code hours} hours later; the calendar plays no part. */
    public Instant plusHours(Instant from, int hours) {
        requireNotNegative(hours);
        return from.plus(Duration.ofHours(hours));
    }

    /** The same day of the month and time {@code months} months later, or that month's last day when it is shorter. */
    public Instant plusMonths(Instant from, int months) {
        requireNotNegative(months);
        return from.atZone(zone).plusMonths(months).toInstant();
    }

    public Instant add(Instant from, Due due) {
        return switch (due.unit()) {
            case HOURS -> plusHours(from, due.amount());
            case CALENDAR_DAYS -> plusCalendarDays(from, due.amount());
            case WORKING_DAYS -> plusWorkingDays(from, due.amount());
            case MONTHS -> plusMonths(from, due.amount());
        };
    }

    /** The rule by which {@link #add} counts a unit, in words, for answers that explain a due time. */
    public String rule(DueUnit unit) {
        return switch (unit) {
            case HOURS -> "Exactly that many hours later; the calendar plays no part.";
            case CALENDAR_DAYS -> "The same time of day that many calendar days later in " + zone
                    + "; holidays count like any other day.";
            case WORKING_DAYS -> "The same time of day on the N-th working day after the start date in " + zone
                    + ". The start date itself never counts; weekends and public holidays of " + region
                    + " are skipped, make-up working days (调休) count, and an office's own adjustments win.";
            case MONTHS -> "The same day of the month and time that many months later in " + zone
                    + ", or the month's last day when it is shorter.";
        };
    }

    /** The dates after {@code from}'s date up to {@code to}'s date (inclusive) that are not working days. */
    public List<LocalDate> daysOffBetween(Instant from, Instant to) {
        LocalDate first = from.atZone(zone).toLocalDate().plusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        return first.isAfter(last) ? List.of()
                                   : first.datesUntil(last.plusDays(1)).filter(date -> !isWorkingDay(date)).toList();
    }

    /** The years from {@code from}'s to {@code to}'s that neither ship nor were published: Monday to Friday. */
    public SortedSet<Integer> yearsWithoutData(Instant from, Instant to) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = from.atZone(zone).getYear(); year <= to.atZone(zone).getYear(); year++) {
            if (!years.containsKey(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    private static void requireNotNegative(int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("A due period must not be negative: " + amount);
        }
    }
}
