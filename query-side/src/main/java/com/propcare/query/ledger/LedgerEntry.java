package com.propcare.query.ledger;

import java.time.Instant;

/**
 * One event as the audit ledger chained it.
 *
 * @param hash     SHA-256 of the previous entry's hash and this event's stored form
 * @param officeId the office the event belongs to (from its payload, else its aggregate's or a linked one's);
 *                 null for company-wide events
 */
public record LedgerEntry(long position, String hash, String officeId, String aggregateType, String aggregateId,
                          long sequence, String eventType, Instant timestamp) {
}
