package com.propcare.query.webhook;

import com.propcare.query.webhook.WebhookSubscription.Delivery;

import java.time.Instant;
import java.util.List;

/** What the webhook routes take and answer. */
final class WebhookRequests {

    private WebhookRequests() {
    }

    /**
     * @param url     where events are posted: a host on the allow-list, never an internal address
     * @param types   event types by simple name (as listed at /api/events/schemas); empty or absent: all
     * @param offices the offices whose events are wanted; absent: every office the caller sees
     */
    record Create(String url, String description, List<String> types, List<String> offices) {
    }

    /** @param from the first position to deliver again (the events after {@code from - 1}) */
    record Replay(Long from) {
    }

    /** The answer to a new subscription: its secret, shown only here, to verify signatures with. */
    record Created(WebhookView webhook, String secret) {
    }

    /**
     * A subscription as integrators and administrators see it: where it stands and its latest attempts; never its
     * secret.
     *
     * @param pausedCause BY_PERSON, ATTEMPTS_EXHAUSTED, RECEIVER_REFUSED or TARGET_NOT_ALLOWED; pausedReason in detail
     * @param position the last event delivered (or passed over as not wanted)
     * @param lag      events of the log after {@code position}
     */
    record WebhookView(String id, String url, String description, List<String> types, List<String> offices,
                       String status, String pausedCause, String pausedReason, Instant pausedAt, long position,
                       long lag,
                       int failedAttempts, Instant nextAttemptAt, String deliveredBy, long delivered, long failed,
                       String createdBy, Instant createdAt, List<Delivery> deliveries) {

        static WebhookView of(WebhookSubscription s, long head) {
            return new WebhookView(s.id(), s.url(), s.description(), s.types().stream().sorted().toList(),
                                   s.offices().stream().sorted().toList(), s.status().name(),
                                   s.pausedCause() == null ? null : s.pausedCause().name(), s.pausedReason(),
                                   s.pausedAt(), s.position(), Math.max(0, head - s.position()), s.attempts(),
                                   s.nextAttemptAt(), s.owner(), s.delivered(), s.failed(), s.createdBy(),
                                   s.createdAt(), s.deliveries());
        }
    }

    /** @param total how many subscriptions there are */
    record WebhookList(List<WebhookView> items, int total) {
    }
}
