package com.propcare.query.webhook;

import com.propcare.query.webhook.RetryPolicy.Delivered;
import com.propcare.query.webhook.RetryPolicy.Pause;
import com.propcare.query.webhook.RetryPolicy.RetryAt;
import com.propcare.query.webhook.WebhookSubscription.PauseCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");

    private final RetryPolicy lowest = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), () -> 0.0);
    private final RetryPolicy highest = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), () -> 0.999);

    @Test
    void a_2xx_is_delivered() {
        assertThat(lowest.decide(204, null, 1, null, NOW)).isInstanceOf(Delivered.class);
    }

    @Test
    void the_wait_doubles_with_each_failure_between_half_and_all_of_it_and_stops_at_the_maximum() {
        for (int attempts = 1; attempts <= 4; attempts++) {
            long doubled = 1000L << (attempts - 1);
            assertThat(lowest.backoff(attempts)).isEqualTo(Duration.ofMillis(doubled / 2));
            assertThat(highest.backoff(attempts).toMillis()).isBetween(doubled * 99 / 100, doubled);
        }
        assertThat(highest.backoff(30)).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void timeouts_5xx_408_and_429_are_tried_again_later() {
        assertThat(lowest.decide(null, "timed out after 1000 ms", 1, null, NOW))
                .isEqualTo(new RetryAt(NOW.plusMillis(500)));
        assertThat(lowest.decide(503, null, 2, null, NOW)).isEqualTo(new RetryAt(NOW.plusMillis(1000)));
        assertThat(lowest.decide(408, null, 1, null, NOW)).isInstanceOf(RetryAt.class);
        assertThat(lowest.decide(429, null, 1, null, NOW)).isInstanceOf(RetryAt.class);
    }

    @Test
    void retry_after_is_honoured_in_seconds_or_as_a_date_up_to_the_maximum_wait() {
        assertThat(lowest.decide(429, null, 1, "7", NOW)).isEqualTo(new RetryAt(NOW.plusSeconds(7)));
        assertThat(lowest.decide(503, null, 1, "Tue, 08 Dec 2026 02:00:30 GMT", NOW))
                .isEqualTo(new RetryAt(NOW.plusSeconds(30)));
        assertThat(lowest.decide(429, null, 1, "3600", NOW)).isEqualTo(new RetryAt(NOW.plusSeconds(60)));
        assertThat(lowest.decide(429, null, 1, "soon", NOW)).isEqualTo(new RetryAt(NOW.plusMillis(500)));
    }

    @Test
    void the_last_attempt_pauses_with_its_reason_and_an_answer_that_cannot_change_pauses_at_once() {
        assertThat(lowest.decide(500, null, 5, null, NOW))
                .isEqualTo(new Pause(PauseCause.ATTEMPTS_EXHAUSTED, "5 attempts failed; the last answered 500"));
        assertThat(lowest.decide(null, "could not be reached (ConnectException)", 5, null, NOW))
                .isEqualTo(new Pause(PauseCause.ATTEMPTS_EXHAUSTED,
                                     "5 attempts failed; the last could not be reached (ConnectException)"));
        assertThat(lowest.decide(410, null, 1, null, NOW))
                .isEqualTo(new Pause(PauseCause.RECEIVER_REFUSED,
                                     "The receiver answered 410 for the event; trying again cannot help"));
        assertThat(lowest.decide(302, null, 1, null, NOW)).isInstanceOf(Pause.class);
    }
}
