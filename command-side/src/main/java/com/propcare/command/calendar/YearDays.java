package com.propcare.command.calendar;

import com.propcare.events.StaffId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one region's year says: its holidays (every day of each holiday period) and its make-up working days, and
 * where that came from. {@code publishedAt} and {@code publishedBy} are null for the shipped data.
 */
public record YearDays(int year, SortedSet<LocalDate> holidays, SortedSet<LocalDate> makeUpWorkingDays,
                       Source source, Instant publishedAt, StaffId publishedBy) {

    /** Where a year's data came from. */
    public enum Source {
        /** The data file shipped with the product. */
        SHIPPED,
        /** A publication through the API, which replaces the shipped data of its year. */
        PUBLISHED
    }

    public YearDays {
        Objects.requireNonNull(source, "source");
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        makeUpWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkingDays));
    }

    static YearDays shipped(int year, Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays) {
        return new YearDays(year, new TreeSet<>(holidays), new TreeSet<>(makeUpWorkingDays), Source.SHIPPED, null,
                            null);
    }

    static YearDays published(int year, Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays,
                              Instant publishedAt, StaffId publishedBy) {
        return new YearDays(year, new TreeSet<>(holidays), new TreeSet<>(makeUpWorkingDays), Source.PUBLISHED,
                            publishedAt, publishedBy);
    }
}
