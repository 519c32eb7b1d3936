package com.propcare.command.deadline;

/**
 * The book of open due items, kept in MongoDB so that deadlines survive restarts and are shared by every
 * instance (architecture §4). Capabilities open an item when an obligation is created and close it when it is
 * fulfilled, cancelled or marked overdue, from their own event handlers; opening and closing are idempotent, so a
 * replay or a redelivered event changes nothing.
 */
public interface Deadlines {

    void open(DueItem item);

    void close(String key);
}
