package com.propcare.events.policy;

import java.util.List;

/**
 * How many of a month's work orders get a callback, by the month's number of orders [004 十三.2]. Product defaults:
 * [1,19] → 5, [20,50] → 30 %, [51,100] → 15 %, [101,∞) → 20; percentages rounded up; all orders when there are
 * fewer than the sample. The table is not monotonic (50 → 15, 51 → 8): that is the regulation's.
 *
 * @param bands        they start at 1 order, follow each other without gap or overlap, and the last is open
 * @param rounding     how a percentage of the orders becomes a whole number of callbacks
 * @param allWhenFewer every order gets a callback when there are fewer orders than the sample
 */
public record SamplingTable(List<Band> bands, Rounding rounding, boolean allWhenFewer) {

    /**
     * One band of the table.
     *
     * @param from   the band's first number of orders
     * @param to     its last number of orders; null for the open last band
     * @param sample whether {@code amount} is a number of orders or a percentage of them
     */
    public record Band(int from, Integer to, SampleKind sample, int amount) {
    }

    /** What a band's amount means. */
    public enum SampleKind { FIXED, PERCENT }

    /** How a percentage becomes a whole number. */
    public enum Rounding { UP, DOWN, NEAREST }
}
