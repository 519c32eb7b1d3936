package com.propcare.standalone;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** The log's length, for tests that wait until reactions have stopped appending to it. */
final class LogHead {

    private final EventStorageEngine engine;
    private long events = -1;

    LogHead(EventStorageEngine engine) {
        this.engine = engine;
    }

    /** True when the log holds as many events as at the previous call: polled by an await until it stops growing. */
    boolean settled() {
        long now = engine.readEvents(null, false).count();
        boolean same = now == events;
        events = now;
        return same;
    }

    /** The events counted by the last call of {@link #settled()}. */
    long events() {
        return events;
    }
}
