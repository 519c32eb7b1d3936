package com.propcare.query.feed;

import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.query.audit.LedgerEntry;

/** One event of the feed: where the ledger chained it, and its stored form. */
public record FeedEvent(LedgerEntry entry, StoredEvent stored) {
}
