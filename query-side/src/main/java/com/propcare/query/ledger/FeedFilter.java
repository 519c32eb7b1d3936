package com.propcare.query.ledger;

import com.propcare.query.ledger.LedgerEntry;

import java.util.Set;

/**
 * Which events a feed reader wants; an empty set or null means "any".
 *
 * @param types   event types by simple name ({@code ComplaintRegistered}) or full name
 * @param offices the offices whose events are wanted; events of no office (calendars) go to every reader
 */
public record FeedFilter(Set<String> types, Set<String> offices, String aggregateId) {

    public static final FeedFilter ALL = new FeedFilter(Set.of(), Set.of(), null);

    public FeedFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        offices = offices == null ? Set.of() : Set.copyOf(offices);
    }

    public boolean accepts(LedgerEntry entry) {
        return (types.isEmpty() || types.contains(entry.eventType())
                || types.contains(entry.eventType().substring(entry.eventType().lastIndexOf('.') + 1)))
                && (offices.isEmpty() || entry.officeId() == null || offices.contains(entry.officeId()))
                && (aggregateId == null || aggregateId.equals(entry.aggregateId()));
    }
}
