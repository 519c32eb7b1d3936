package com.propcare.query.admin;

import java.time.Instant;

/**
 * Where a read model's processor stands in the log.
 *
 * @param processor the processor that fills it now (during a blue/green rebuild: the one rebuilding)
 * @param position  the furthest global position it has handled
 * @param head      the log's latest position
 * @param lag       events between the two
 * @param rebuild   the latest rebuild since this instance started, null if none
 */
public record ProjectionStatus(String name, String processor, boolean running, long position, long head, long lag,
                               Progress rebuild) {

    /**
     * @param processed      events replayed so far (the position reached)
     * @param total          the log's head
     * @param eventsPerSecond replay rate since the start
     */
    public record Progress(String state, Instant startedAt, Instant finishedAt, long processed, long total,
                           long eventsPerSecond) {
    }
}
