package com.propcare.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when this engine first saw each gap. A gap's age is measured from that moment, never from an event's
 * timestamp: a writer that created its event long ago and committed it late must still be read (Axon's JDBC engine
 * decides from the timestamp and skips such events for ever). After a restart the ages start again, which only
 * makes readers wait longer, never lose an event.
 */
final class GapSightings {

    private final Clock clock;
    private final Duration timeout;
    private final Map<Long, Instant> firstSeen = new ConcurrentHashMap<>();

    GapSightings(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Records the gap if it is new and tells whether it has been waited for longer than the timeout. */
    boolean timedOut(long gap) {
        Instant now = clock.instant();
        Instant seen = firstSeen.computeIfAbsent(gap, g -> now);
        return Duration.between(seen, now).compareTo(timeout) > 0;
    }

    /** Forgets sightings of gaps that every reader has either filled or given up on long ago. */
    void forgetLongPast() {
        Instant limit = clock.instant().minus(timeout.multipliedBy(10));
        firstSeen.values().removeIf(seen -> seen.isBefore(limit));
    }

    int size() {
        return firstSeen.size();
    }
}
