package com.propcare.query.support;

import com.propcare.query.support.InvalidParameters.Violation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading query parameters that arrive as text: every problem is collected, so that one answer names them all. */
public final class Parameters {

    private Parameters() {
    }

    /** The whole number in {@code text}, {@code absent} when blank; out of range or not a number is a violation. */
    public static int integer(String field, String text, int absent, int min, int max, List<Violation> violations) {
        if (isBlank(text)) {
            return absent;
        }
        String rule = max == Integer.MAX_VALUE ? "integer >= " + min : "integer from " + min + " to " + max;
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        violations.add(new Violation(field, rule));
        return absent;
    }

    /** The month in {@code text} ({@code 2026-11}), null when blank; anything else is a violation. */
    public static YearMonth month(String field, String text, List<Violation> violations) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "year and month, e.g. 2026-11"));
            return null;
        }
    }

    /** A global position of the log ({@code 0} = before the first event), null when blank. */
    public static Long position(String field, String text, List<Violation> violations) {
        if (isBlank(text)) {
            return null;
        }
        if (text.length() <= 18 && text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        violations.add(new Violation(field, "a global position: a whole number >= 0"));
        return null;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
