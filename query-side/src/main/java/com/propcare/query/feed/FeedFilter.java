package com.propcare.query.feed;

import com.propcare.query.audit.LedgerEntry;

import java.util.Set;

/**
 * Which events a feed reader wants; an empty set or null means "any".
 *
 * @param types event types by simple name ({@code ComplaintRegistered}) or full name
 */
public record FeedFilter(Set<String> types, String officeId, String aggregateId) {

    public static final FeedFilter ALL = new FeedFilter(Set.of(), null, null);

    public FeedFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    boolean accepts(LedgerEntry entry) {
        return (types.isEmpty() || types.contains(entry.eventType())
                || types.contains(entry.eventType().substring(entry.eventType().lastIndexOf('.') + 1)))
                && (officeId == null || officeId.equals(entry.officeId()))
                && (aggregateId == null || aggregateId.equals(entry.aggregateId()));
    }
}
