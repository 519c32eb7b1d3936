package com.propcare.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Per-operation times of several measured rounds: min, median and max of the rounds' medians. */
record Stats(double min, double median, double max) {

    static Stats ofRounds(List<List<Long>> roundsNanos) {
        List<Double> medians = new ArrayList<>();
        for (List<Long> round : roundsNanos) {
            List<Long> sorted = new ArrayList<>(round);
            Collections.sort(sorted);
            medians.add(sorted.get(sorted.size() / 2) / 1_000_000.0);
        }
        Collections.sort(medians);
        return new Stats(medians.get(0), medians.get(medians.size() / 2), medians.get(medians.size() - 1));
    }

    /** The time in milliseconds at {@code quantile} of times in nanoseconds, sorted. */
    static double millisAt(List<Long> sortedNanos, double quantile) {
        return sortedNanos.get(Math.min(sortedNanos.size() - 1, (int) Math.ceil(quantile * sortedNanos.size()) - 1))
                / 1e6;
    }

    String format() {
        return String.format("%.2f ms (%.2f–%.2f)", median, min, max);
    }
}
