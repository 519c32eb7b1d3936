package com.propcare.query.callback;

/** Where a commitment made in a callback record stands; {@code OVERDUE} is still open, like a callback's. */
public enum FollowUpStatus {
    PENDING, OVERDUE, DONE;

    public boolean isOpen() {
        return this != DONE;
    }
}
