package com.propcare.command.deadline;

import java.time.Instant;

/**
 * Turns a due item of one {@link DueItem#type()} into the command that records it as overdue. The command must be
 * idempotent: the aggregate records the overdue fact once and ignores it when the item was fulfilled meanwhile or
 * is already overdue, so two instances, or a retry after a crash, never record it twice.
 */
public interface OverdueCommands {

    /** The {@link DueItem#type()} this handles. */
    String type();

    Object markOverdue(DueItem item, Instant detectedAt);
}
