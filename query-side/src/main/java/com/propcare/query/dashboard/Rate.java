package com.propcare.query.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A dashboard figure a reader can check: what was counted over what, in which period, the percentage, and the
 * target it is held against. No percentage without a denominator.
 *
 * @param period e.g. {@code 2026-11} or {@code 2026-01..2026-11}, in the office's time zone
 * @param target null where the policy sets none
 */
public record Rate(String period, Count numerator, Count denominator, BigDecimal percent, Target target) {

    static Rate of(String period, String numeratorName, long numerator, String denominatorName, long denominator,
                   Target target) {
        BigDecimal percent = denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        Target judged = target == null ? null : target.judge(percent);
        return new Rate(period, new Count(numeratorName, numerator), new Count(denominatorName, denominator), percent,
                        judged);
    }

    /** A named count, e.g. {@code performed = 3}. */
    public record Count(String name, long count) {
    }

    /**
     * @param comparison {@code AT_LEAST} (callback rates, coverage) or {@code BELOW} (the complaint rate)
     * @param met        null while there is nothing to judge
     * @param source     where the target comes from: the policy version, or the regulations' defaults
     */
    public record Target(String comparison, BigDecimal percent, Boolean met, String source) {

        static Target atLeast(BigDecimal percent, String source) {
            return new Target("AT_LEAST", percent, null, source);
        }

        static Target below(BigDecimal percent, String source) {
            return new Target("BELOW", percent, null, source);
        }

        Target judge(BigDecimal value) {
            Boolean judged = value == null ? null
                    : "BELOW".equals(comparison) ? value.compareTo(percent) < 0 : value.compareTo(percent) >= 0;
            return new Target(comparison, percent, judged, source);
        }
    }
}
