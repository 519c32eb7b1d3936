package com.propcare.command.policy;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One office's complaint rules. The seeds disagree on several numbers (domain §1.5, §7), so every number is a
 * policy value an office can change; {@link #defaults(OfficeId)} holds the product defaults.
 *
 * @param firstReplyWithinWorkingDays first reply to the complainant, solved or not [004 4.1(1)]
 * @param remedyAnswerWithin          answer with the remedial measure, in calendar time [002]
 * @param repeatSpecialMeasuresWithin special measures for a repeated complaint [004 十三.4]
 * @param repeatWindow                a complaint of the same household and category within this window repeats it
 * @param dispatchDueByDefault        the department's due time when the dispatcher gives none
 * @param maxSummaryLength            longest summary accepted on the register, in characters
 */
public record ComplaintPolicy(OfficeId office, PolicyVersion version, ZoneId zone, int firstReplyWithinWorkingDays,
                              Duration remedyAnswerWithin, Duration repeatSpecialMeasuresWithin,
                              Duration repeatWindow, Duration dispatchDueByDefault, int maxSummaryLength) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public ComplaintPolicy {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        requirePositive(remedyAnswerWithin, "remedyAnswerWithin");
        requirePositive(repeatSpecialMeasuresWithin, "repeatSpecialMeasuresWithin");
        requirePositive(repeatWindow, "repeatWindow");
        requirePositive(dispatchDueByDefault, "dispatchDueByDefault");
        if (firstReplyWithinWorkingDays < 0) {
            throw new IllegalArgumentException("firstReplyWithinWorkingDays must not be negative");
        }
        if (maxSummaryLength < 1) {
            throw new IllegalArgumentException("maxSummaryLength must be positive");
        }
    }

    public static ComplaintPolicy defaults(OfficeId office) {
        return new ComplaintPolicy(office, new PolicyVersion(office.value() + ":default-1"), DEFAULT_ZONE, 1,
                                   Duration.ofDays(3), Duration.ofHours(24), Duration.ofDays(90),
                                   Duration.ofDays(3), 2000);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
