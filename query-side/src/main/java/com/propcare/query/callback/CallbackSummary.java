package com.propcare.query.callback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * An office's callbacks for one month, per kind and in total, as of {@code asOf}. A callback belongs to the month
 * its due time falls in (in the office's time zone), a follow-up likewise, a spot check to the month it was made.
 *
 * @param kinds one row per kind that had a callback due, a follow-up due or a spot check in the month, by kind
 */
public record CallbackSummary(String officeId, String month, String timeZone, Instant asOf, List<KindFigures> kinds,
                              KindFigures total) {

    /** The name used for the row that adds up every kind. */
    public static final String ALL_KINDS = "ALL";

    public CallbackSummary {
        kinds = List.copyOf(kinds);
    }

    /**
     * One kind's figures.
     *
     * @param scheduled       callbacks due in the month, less the cancelled ones
     * @param cancelled       callbacks due in the month that no longer apply
     * @param performed       of the scheduled, those performed (whenever, up to {@code asOf})
     * @param performedOnTime of the performed, those performed by their due time
     * @param overdue         of the scheduled, those that missed their due time: performed late, or still open
     *                        past it
     * @param open            of the scheduled, those not performed yet
     * @param rate            performed / scheduled
     * @param onTimeRate      performed on time / scheduled
     * @param spotChecks      spot checks made in the month of this kind's callbacks
     */
    public record KindFigures(String kind, long scheduled, long cancelled, long performed, long performedOnTime,
                              long overdue, long open, Rate rate, Rate onTimeRate, FollowUpFigures followUps,
                              long spotChecks) {
    }

    /**
     * The follow-ups due in the month.
     *
     * @param due        how many fell due
     * @param done       of those, kept (whenever, up to {@code asOf})
     * @param doneOnTime of those kept, kept by their due time
     * @param overdue    of those due, kept late or still open past their due time
     * @param open       of those due, not kept yet
     */
    public record FollowUpFigures(long due, long done, long doneOnTime, long overdue, long open) {
    }

    /** A ratio whose parts are named, so a reader knows what was divided by what; no value without a denominator. */
    public record Rate(Count numerator, Count denominator, BigDecimal value) {

        static Rate of(String numeratorName, long numerator, String denominatorName, long denominator) {
            BigDecimal value = denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
            return new Rate(new Count(numeratorName, numerator), new Count(denominatorName, denominator), value);
        }
    }

    /** A named count, e.g. {@code performed = 3}. */
    public record Count(String name, long count) {
    }
}
