package com.propcare.command.complaint;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Plays a second instance: just before this instance appends to a chosen aggregate, the "other instance" appends
 * its own event with the same sequence number, as if it had handled a command on the same version a moment earlier.
 */
class ConflictInjectingStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final ConcurrentHashMap<String, Function<DomainEventMessage<?>, DomainEventMessage<?>>> competitors =
            new ConcurrentHashMap<>();

    ConflictInjectingStorageEngine(EventStorageEngine delegate) {
        this.delegate = delegate;
    }

    /** The next append to the aggregate waits until the latch opens: a request that is still being handled. */
    void holdNextAppend(String aggregateId, CountDownLatch arrived, CountDownLatch release) {
        competitors.put(aggregateId, ours -> {
            arrived.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("held append never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    /** The next append to the aggregate loses the race against the event the function makes (none if it gives null). */
    void competeOnNextAppend(String aggregateId, Function<DomainEventMessage<?>, DomainEventMessage<?>> competitor) {
        competitors.put(aggregateId, competitor);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (!events.isEmpty() && events.get(0) instanceof DomainEventMessage<?> first) {
            Function<DomainEventMessage<?>, DomainEventMessage<?>> competitor =
                    competitors.remove(first.getAggregateIdentifier());
            DomainEventMessage<?> competing = competitor == null ? null : competitor.apply(first);
            if (competing != null) {
                delegate.appendEvents(List.of(competing));
            }
        }
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
