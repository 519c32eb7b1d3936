package com.propcare.query.ledger;

import org.bson.Document;

import java.util.Date;
import java.util.List;

/**
 * A stretch of consecutive positions the ledger chained in one round: {@code [from, to]}, with the entries of the
 * events among them (tombstones and abandoned reservations have none). Blocks never cross a page of
 * {@value #PAGE} positions, so the block holding a position is found from its page's first position by exact-key
 * reads only.
 */
public record LedgerBlock(long from, long to, String previousHash, String hash, List<LedgerEntry> entries) {

    static final int PAGE = 1000;

    /** The first position of the page {@code position} lies in. */
    static long pageStart(long position) {
        return (position - 1) / PAGE * PAGE + 1;
    }

    static long pageEnd(long position) {
        return pageStart(position) + PAGE - 1;
    }

    Document toDocument() {
        return new Document("_id", from).append("to", to).append("previousHash", previousHash).append("hash", hash)
                                        .append("entries", entries.stream().map(LedgerBlock::entry).toList());
    }

    static LedgerBlock fromDocument(Document document) {
        return new LedgerBlock(document.get("_id", Number.class).longValue(),
                               document.get("to", Number.class).longValue(), document.getString("previousHash"),
                               document.getString("hash"),
                               document.getList("entries", Document.class).stream().map(LedgerBlock::entry)
                                       .toList());
    }

    private static Document entry(LedgerEntry entry) {
        return new Document("p", entry.position()).append("h", entry.hash()).append("o", entry.officeId())
                                                  .append("at", entry.aggregateType())
                                                  .append("a", entry.aggregateId()).append("s", entry.sequence())
                                                  .append("t", entry.eventType())
                                                  .append("ts", Date.from(entry.timestamp()));
    }

    private static LedgerEntry entry(Document entry) {
        return new LedgerEntry(entry.get("p", Number.class).longValue(), entry.getString("h"), entry.getString("o"),
                               entry.getString("at"), entry.getString("a"), entry.get("s", Number.class).longValue(),
                               entry.getString("t"), entry.getDate("ts").toInstant());
    }
}
