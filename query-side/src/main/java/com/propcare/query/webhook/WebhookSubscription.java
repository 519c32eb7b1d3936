package com.propcare.query.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A registered receiver of the log's events and where its delivery stands. {@code position} is the last event
 * delivered (or passed over as not wanted); delivery goes on after it, in the log's order. {@code revision} counts
 * the changes people made (pause, resume, replay), so that a delivery in flight never writes over one.
 *
 * @param owner      the instance delivering to it now; {@code leaseUntil} when another may take it over
 * @param attempts   failed attempts in a row at the event after {@code position}
 * @param deliveries the latest attempts, newest first, at most as many as configured
 */
record WebhookSubscription(String id, String url, String description, Set<String> types, Set<String> offices,
                           String secret, Status status, PauseCause pausedCause, String pausedReason,
                           Instant pausedAt, long position,
                           int attempts, Instant nextAttemptAt, String owner, Instant leaseUntil, long revision,
                           String createdBy, Instant createdAt, String idempotencyKey, long delivered, long failed,
                           List<Delivery> deliveries) {

    enum Status { ACTIVE, PAUSED }

    /** Why a subscription paused, for the page to say in the reader's language; the reason says it in detail. */
    enum PauseCause { BY_PERSON, ATTEMPTS_EXHAUSTED, RECEIVER_REFUSED, TARGET_NOT_ALLOWED }

    WebhookSubscription {
        types = Set.copyOf(types);
        offices = Set.copyOf(offices);
        deliveries = List.copyOf(deliveries);
    }

    boolean ownedBy(String node, Instant now) {
        return node.equals(owner) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    boolean claimable(Instant now) {
        return owner == null || leaseUntil == null || !leaseUntil.isAfter(now);
    }

    /**
     * One attempt to deliver an event.
     *
     * @param status  the receiver's HTTP status, null when none came (timeout, refused connection)
     * @param outcome DELIVERED, RETRYING or PAUSED
     */
    record Delivery(Instant at, long position, Integer status, String outcome, long latencyMillis, int attempt,
                    String error) {
    }
}
