package com.propcare.benchmarks;

import java.util.Locale;

/**
 * How long a benchmark runs: {@code smoke} checks that it works (the whole suite in about two minutes),
 * {@code quick} gives usable figures in a few minutes, {@code full} the figures of docs/performance.md.
 */
enum Mode {
    SMOKE, QUICK, FULL;

    static Mode of(String[] args) {
        return args.length == 0 ? QUICK : valueOf(args[0].toUpperCase(Locale.ROOT));
    }

    <T> T pick(T smoke, T quick, T full) {
        return this == SMOKE ? smoke : this == QUICK ? quick : full;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
