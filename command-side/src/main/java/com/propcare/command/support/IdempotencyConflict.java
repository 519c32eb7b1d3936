package com.propcare.command.support;

/** An {@code Idempotency-Key} cannot be honoured for this request. */
public class IdempotencyConflict extends RuntimeException {

    /** Why the key cannot be used. */
    public enum Reason {
        /** The same key is being processed right now (a concurrent duplicate): 409. */
        IN_PROGRESS,
        /** The key was used before for a different request: 422. */
        REUSED_FOR_ANOTHER_REQUEST
    }

    private final Reason reason;

    public IdempotencyConflict(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
