package com.propcare.query.ledger;

import com.propcare.eventstore.EventLog.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the log: each link hashes the previous link and the event exactly as stored. The stored
 * form holds personal data only sealed, so erasing a household's key never changes a hash.
 */
public final class LedgerHashes {

    /** The hash before the first event. */
    public static final String GENESIS = "0".repeat(64);

    private LedgerHashes() {
    }

    public static String link(String previousHash, StoredEvent event) {
        String linked = String.join("\n", previousHash, Long.toString(event.position()),
                                    String.valueOf(event.aggregateType()), event.aggregateId(),
                                    Long.toString(event.sequence()), event.eventId(),
                                    Long.toString(event.timestamp().toEpochMilli()), event.payloadType(),
                                    String.valueOf(event.asWritten().payloadRevision()),
                                    event.asWritten().payload(), event.asWritten().metaData());
        return HexFormat.of().formatHex(sha256().digest(linked.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
