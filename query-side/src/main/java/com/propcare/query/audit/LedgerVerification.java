package com.propcare.query.audit;

import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.eventstore.EventLog;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.ledger.LedgerBlock;
import com.propcare.query.ledger.LedgerEntry;
import com.propcare.query.ledger.LedgerHashes;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Checks the log against the ledger from the first event: recomputes every link of the hash chain from the events
 * as stored now and compares it with the chain recorded when they were first read. The first difference is
 * reported: an event whose stored form changed (ALTERED), an event the ledger recorded that is gone (MISSING), an
 * event at a position the ledger recorded as empty (INSERTED), or a ledger whose own links do not follow from one
 * another (LEDGER_BROKEN).
 */
@Component
public class LedgerVerification {

    private final EventLog log;
    private final AuditLedger ledger;

    LedgerVerification(EventLog log, AuditLedger ledger) {
        this.log = log;
        this.ledger = ledger;
    }

    public enum Problem { ALTERED, MISSING, INSERTED, LEDGER_BROKEN }

    /**
     * @param checkedThrough the last position checked (the ledger's head when intact)
     * @param events         events whose hashes were recomputed
     * @param hash           the chain's hash at {@code checkedThrough}
     */
    public record Verification(boolean intact, long checkedThrough, long events, String hash,
                               Long firstBrokenPosition, Problem problem, String detail) {
    }

    public Verification verify() {
        AuditLedger.Head head = ledger.head();
        String hash = LedgerHashes.GENESIS;
        long next = 1;
        long events = 0;
        while (next <= head.position()) {
            Optional<LedgerBlock> found = ledger.block(next);
            if (found.isEmpty() || !found.get().previousHash().equals(hash)) {
                return broken(next - 1, events, hash, next, Problem.LEDGER_BROKEN,
                              "the ledger's block starting at " + next + " is missing or does not follow");
            }
            LedgerBlock block = found.get();
            Map<Long, LedgerEntry> recorded = new TreeMap<>();
            block.entries().forEach(entry -> recorded.put(entry.position(), entry));
            Map<Long, StoredEvent> stored = new TreeMap<>();
            log.at(LongStream.rangeClosed(block.from(), block.to()).boxed().toList())
               .forEach(event -> stored.put(event.position(), event));
            TreeSet<Long> positions = new TreeSet<>(recorded.keySet());
            positions.addAll(stored.keySet());
            for (long position : positions) {
                LedgerEntry entry = recorded.get(position);
                StoredEvent event = stored.get(position);
                if (entry == null) {
                    return broken(position - 1, events, hash, position, Problem.INSERTED,
                                  "an event is stored at a position the ledger recorded as empty");
                }
                if (event == null) {
                    return broken(position - 1, events, hash, position, Problem.MISSING,
                                  "the ledger recorded an event here that the store no longer holds");
                }
                String linked = LedgerHashes.link(hash, event);
                if (!linked.equals(entry.hash())) {
                    return broken(position - 1, events, hash, position, Problem.ALTERED,
                                  "the stored event differs from the one chained");
                }
                hash = linked;
                events++;
            }
            if (!hash.equals(block.hash())) {
                return broken(block.to(), events, hash, block.to(), Problem.LEDGER_BROKEN,
                              "the block's closing hash does not follow from its entries");
            }
            next = block.to() + 1;
        }
        return new Verification(true, head.position(), events, hash, null, null, null);
    }

    private static Verification broken(long checkedThrough, long events, String hash, long position,
                                       Problem problem, String detail) {
        return new Verification(false, checkedThrough, events, hash, position, problem, detail);
    }
}
