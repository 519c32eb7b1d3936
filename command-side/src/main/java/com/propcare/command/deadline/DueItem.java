package com.propcare.command.deadline;

import com.propcare.events.OfficeId;

import java.time.Instant;
import java.util.Objects;

/**
 * One open due item the deadline scheduler watches, e.g. a callback obligation or a promised reply.
 *
 * @param key      unique for the item, e.g. {@code callback:cb-1} or {@code callback:cb-1:reply-1}
 * @param type     which {@link OverdueCommands} turns it into a command when it falls due
 * @param targetId the aggregate that records the overdue fact
 * @param itemId   the item within that aggregate; null for the aggregate's own obligation
 */
public record DueItem(String key, String type, String targetId, String itemId, OfficeId office, Instant due) {
    public DueItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(due, "due");
    }
}
