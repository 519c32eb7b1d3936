package com.propcare.query.ledger;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.eventstore.EventLog;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Chains every committed event, in global order, into a SHA-256 hash chain, off the write path: appends never
 * wait for a chain head. It reads the log with {@link EventLog#following}, which never passes a position that may
 * still be filled, and stores one immutable {@link LedgerBlock} per round in {@value #BLOCKS}.
 * <p>
 * Several query-side instances may run it at once: a block's {@code _id} is its first position, so only one
 * instance's copy of a block is ever stored, and the chain is the same whoever computed it. The head document is a
 * hint for a fast start; the blocks are the truth.
 * <p>
 * The event feed and the exports read through the ledger, so every event an integrator receives is already chained
 * and carries its office.
 */
@Component
public class AuditLedger {

    static final String BLOCKS = "audit_ledger";
    static final String HEAD = "audit_ledger_head";

    private static final Logger log = LoggerFactory.getLogger(AuditLedger.class);
    private static final int DUPLICATE_KEY = 11000;
    private static final int ROUNDS_PER_RUN = 200;

    private final EventLog eventLog;
    private final AuditAggregates aggregates;
    private final MongoCollection<Document> blocks;
    private final MongoCollection<Document> headHint;
    private final Sinks.Many<Long> advances = Sinks.many().multicast().directBestEffort();
    private volatile Head head;

    AuditLedger(EventLog eventLog, AuditAggregates aggregates, MongoDatabase database) {
        this.eventLog = eventLog;
        this.aggregates = aggregates;
        this.blocks = database.getCollection(BLOCKS);
        this.headHint = database.getCollection(HEAD);
    }

    /** The last chained position (every position up to it is settled) and the chain's hash there. */
    public record Head(long position, String hash) {
    }

    @Scheduled(fixedDelayString = "${propcare.audit.ledger-interval:PT0.2S}")
    void catchUp() {
        for (int round = 0; round < ROUNDS_PER_RUN && chainNext(); round++) {
            // each round chains at most one page
        }
    }

    /** Chains the next stretch of the log; false when there was nothing new to chain. */
    synchronized boolean chainNext() {
        Head from = head();
        long pageEnd = LedgerBlock.pageEnd(from.position() + 1);
        EventLog.Slice slice = eventLog.following(from.position(), (int) (pageEnd - from.position()));
        if (slice.settledThrough() == from.position()) {
            return false;
        }
        Map<Long, String> offices = aggregates.learn(slice.events());
        List<LedgerEntry> entries = new ArrayList<>();
        String hash = from.hash();
        for (StoredEvent event : slice.events()) {
            hash = LedgerHashes.link(hash, event);
            entries.add(new LedgerEntry(event.position(), hash, offices.get(event.position()), event.aggregateType(),
                                        event.aggregateId(), event.sequence(), event.payloadType(),
                                        event.timestamp()));
        }
        LedgerBlock block = new LedgerBlock(from.position() + 1, slice.settledThrough(), from.hash(), hash, entries);
        try {
            blocks.insertOne(block.toDocument());
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            block = block(block.from()).orElseThrow();
            log.debug("Block from {} was chained by another instance", block.from());
        }
        advanceTo(new Head(block.to(), block.hash()));
        return true;
    }

    /** Where the chain ends now. */
    public Head head() {
        Head known = head;
        if (known == null) {
            Document hint = headHint.find(Filters.eq("_id", "head")).first();
            known = hint == null ? new Head(0, LedgerHashes.GENESIS)
                    : new Head(hint.get("position", Number.class).longValue(), hint.getString("hash"));
            head = known;
        }
        // another instance may have chained further
        Optional<LedgerBlock> next;
        while ((next = block(known.position() + 1)).isPresent()) {
            known = new Head(next.get().to(), next.get().hash());
            head = known;
        }
        return known;
    }

    /** Signals each time the chain grows (in this instance); readers that are caught up wait for it. */
    public Flux<Long> advances() {
        return advances.asFlux();
    }

    /** The block that begins at {@code from}, if chained. */
    public Optional<LedgerBlock> block(long from) {
        return Optional.ofNullable(blocks.find(Filters.eq("_id", from)).first()).map(LedgerBlock::fromDocument);
    }

    /** The chained block holding {@code position}, found from its page's first block by exact keys. */
    public Optional<LedgerBlock> blockHolding(long position) {
        Optional<LedgerBlock> block = block(LedgerBlock.pageStart(position));
        while (block.isPresent() && block.get().to() < position) {
            block = block(block.get().to() + 1);
        }
        return block;
    }

    /** The ledger's entries for these positions, where chained. */
    public Map<Long, LedgerEntry> entries(Collection<Long> positions) {
        Map<Long, LedgerEntry> found = new HashMap<>();
        long coveredThrough = 0;
        for (long position : new TreeSet<>(positions)) {
            if (position <= coveredThrough) {
                continue;
            }
            Optional<LedgerBlock> block = blockHolding(position);
            if (block.isEmpty()) {
                break;
            }
            block.get().entries().forEach(entry -> found.put(entry.position(), entry));
            coveredThrough = block.get().to();
        }
        return found;
    }

    private void advanceTo(Head next) {
        head = next;
        headHint.replaceOne(Filters.eq("_id", "head"),
                            new Document("_id", "head").append("position", next.position())
                                                       .append("hash", next.hash()),
                            new ReplaceOptions().upsert(true));
        advances.tryEmitNext(next.position());
    }
}
