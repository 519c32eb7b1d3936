package com.propcare.query.callback;

/**
 * Where a callback obligation stands. {@code OVERDUE} is still open: its due time passed unperformed, as the
 * deadline scheduler recorded; performing it later makes it {@code PERFORMED} with {@code onTime = false}.
 */
public enum CallbackStatus {
    PENDING, OVERDUE, PERFORMED, CANCELLED;

    /** Still owed to the household. */
    public boolean isOpen() {
        return this == PENDING || this == OVERDUE;
    }
}
