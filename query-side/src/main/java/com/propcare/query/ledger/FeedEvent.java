package com.propcare.query.ledger;

import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.query.ledger.LedgerEntry;

/** One event of the feed: where the ledger chained it, and its stored form. */
public record FeedEvent(LedgerEntry entry, StoredEvent stored) {
}
