package com.propcare.eventstore;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wraps a counter so that one chosen reservation is held after it was made and before its writer may go on: the
 * writer owns its positions while later writers commit after it. Models a slow or paused writer.
 */
public final class HeldPositionCounter implements PositionCounter {

    private final PositionCounter delegate;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch reserved = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile long heldPosition = -1;

    public HeldPositionCounter(PositionCounter delegate) {
        this.delegate = delegate;
    }

    /** The next reservation will be held until {@link #release()}. */
    public void holdNextReservation() {
        armed.set(true);
    }

    public long awaitHeldReservation() throws InterruptedException {
        if (!reserved.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no reservation was made");
        }
        return heldPosition;
    }

    public void release() {
        release.countDown();
    }

    @Override
    public long reserve(int count) {
        long first = delegate.reserve(count);
        if (armed.compareAndSet(true, false)) {
            heldPosition = first;
            reserved.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("held reservation never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return first;
    }

    @Override
    public long highestReserved() {
        return delegate.highestReserved();
    }
}
