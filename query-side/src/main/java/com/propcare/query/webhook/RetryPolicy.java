package com.propcare.query.webhook;

import com.propcare.query.webhook.WebhookSubscription.PauseCause;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * What one attempt's answer means for the subscription, decided without a store or a clock of its own: a 2xx is
 * delivered; a timeout, a refused connection, 408, 429 or a 5xx is tried again after a wait that doubles with every
 * failure (with jitter, so that many subscriptions do not retry in step, and at least what {@code Retry-After}
 * asks), until the attempts run out and the subscription pauses; any other answer pauses it at once, because
 * trying again cannot help and skipping the event would lose it.
 */
final class RetryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final DoubleSupplier random;

    RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, DoubleSupplier random) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.random = random;
    }

    sealed interface Decision {
    }

    record Delivered() implements Decision {
    }

    record RetryAt(Instant at) implements Decision {
    }

    record Pause(PauseCause cause, String reason) implements Decision {
    }

    /**
     * @param status       the receiver's status, or null when none came
     * @param error        what went wrong when no status came
     * @param attempts     failed attempts in a row at this event, this one included
     * @param retryAfter   the receiver's {@code Retry-After}, or null
     */
    Decision decide(Integer status, String error, int attempts, String retryAfter, Instant now) {
        if (status != null && status >= 200 && status < 300) {
            return new Delivered();
        }
        String answer = status == null ? error : "answered " + status;
        if (status != null && !retryable(status)) {
            return new Pause(PauseCause.RECEIVER_REFUSED,
                             "The receiver " + answer + " for the event; trying again cannot help");
        }
        if (attempts >= maxAttempts) {
            return new Pause(PauseCause.ATTEMPTS_EXHAUSTED, attempts + " attempts failed; the last " + answer);
        }
        Duration wait = backoff(attempts);
        Duration asked = retryAfter(retryAfter, now);
        if (asked != null && asked.compareTo(wait) > 0) {
            wait = asked.compareTo(maxBackoff) > 0 ? maxBackoff : asked;
        }
        return new RetryAt(now.plus(wait));
    }

    /** Half the doubled wait, plus a random part of the other half. */
    Duration backoff(int attempts) {
        long doubled = initialBackoff.toMillis() << Math.min(attempts - 1, 30);
        long capped = Math.min(doubled <= 0 ? Long.MAX_VALUE : doubled, maxBackoff.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2)));
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** Seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
