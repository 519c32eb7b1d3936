package com.propcare.command.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What handling a command produced: the handler's own result, the events it applied and the aggregate version
 * after them, so that the client can send the version back in {@code If-Match}.
 *
 * <p>Axon intercepts an aggregate's events when the unit of work prepares its commit, after the handler has
 * returned; the outcome is therefore filled in then, and is complete once the command's result is delivered.
 */
public final class CommandOutcome {

    private final Object result;
    private final List<Object> events = new ArrayList<>();
    private Long version;
    private volatile Long logPosition;

    CommandOutcome(Object result) {
        this.result = result;
    }

    void recordEvent(Object payload, Long sequenceNumber) {
        events.add(payload);
        if (sequenceNumber != null && (version == null || sequenceNumber > version)) {
            version = sequenceNumber;
        }
    }

    public Object result() {
        return result;
    }

    public List<Object> events() {
        return List.copyOf(events);
    }

    void stored(long lastPosition) {
        logPosition = lastPosition;
    }

    /** The global log position of the command's last event, once stored; null when it stored none. */
    public Long logPosition() {
        return logPosition;
    }

    /** The aggregate's version after the command: the sequence number of its last event. */
    public Long version() {
        return version;
    }

    public <E> Optional<E> event(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
