package com.propcare.query.audit;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.ledger.LedgerEntry;
import com.propcare.query.ledger.LedgerHashes;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the hash chain: {@code (position, hash, time)} signed with Ed25519, exportable and
 * checkable by anyone holding the public key. A checkpoint kept outside the system pins the chain: a log rewritten
 * later, ledger and all, no longer reaches the checkpoint's hash.
 * <p>
 * The key pair comes from configuration ({@code propcare.audit.signing-key}, PKCS#8, and
 * {@code propcare.audit.verify-key}, X.509, both Base64). Without them a key pair is generated once and kept in the
 * store, which suits a demo, not production: whoever can write the store could then sign too.
 */
@Component
public class Checkpoints {

    static final String COLLECTION = "audit_checkpoints";
    static final String KEYS = "audit_signing_keys";
    private static final String ALGORITHM = "Ed25519";
    private static final int DUPLICATE_KEY = 11000;
    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final AuditLedger ledger;
    private final MongoCollection<Document> checkpoints;
    private final Clock clock;
    private final KeyPair keys;
    private final String keyId;

    Checkpoints(AuditLedger ledger, MongoDatabase database, Clock clock,
                @Value("${propcare.audit.signing-key:}") String signingKey,
                @Value("${propcare.audit.verify-key:}") String verifyKey) {
        this.ledger = ledger;
        this.checkpoints = database.getCollection(COLLECTION);
        this.clock = clock;
        this.keys = signingKey.isBlank() ? storedKeys(database.getCollection(KEYS)) : configured(signingKey, verifyKey);
        this.keyId = HexFormat.of().formatHex(sha256(keys.getPublic().getEncoded())).substring(0, 16);
    }

    public record Checkpoint(long position, String hash, Instant signedAt, String algorithm, String keyId,
                             String signature) {
    }

    /** The outcome of checking a checkpoint; {@code problems} is empty when it is genuine and matches the log. */
    public record CheckpointCheck(boolean valid, List<String> problems) {
    }

    /** Signs where the chain ends now and keeps the checkpoint. */
    public Checkpoint sign() {
        AuditLedger.Head head = ledger.head();
        // the store keeps milliseconds: a checkpoint read back must still carry the time that was signed
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Checkpoint checkpoint = new Checkpoint(head.position(), head.hash(), now, ALGORITHM, keyId,
                                               Base64.getEncoder().encodeToString(signature(head.position(),
                                                                                           head.hash(), now)));
        try {
            checkpoints.insertOne(new Document("_id", head.position()).append("hash", checkpoint.hash())
                                          .append("signedAt", Date.from(now)).append("keyId", keyId)
                                          .append("signature", checkpoint.signature()));
            return checkpoint;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            return find(head.position()).orElseThrow();
        }
    }

    /** Signs the chain's end every interval, if it grew. */
    @Scheduled(fixedDelayString = "${propcare.audit.checkpoint-interval:PT1H}",
               initialDelayString = "${propcare.audit.checkpoint-interval:PT1H}")
    void signPeriodically() {
        AuditLedger.Head head = ledger.head();
        if (head.position() > 0 && find(head.position()).isEmpty()) {
            sign();
        }
    }

    /** The newest checkpoints first. */
    public List<Checkpoint> recent(int limit) {
        List<Checkpoint> recent = new ArrayList<>();
        checkpoints.find().sort(Sorts.descending("_id")).limit(limit).forEach(d -> recent.add(checkpoint(d)));
        return recent;
    }

    /** Checks the signature and that the ledger holds the same hash at the checkpoint's position. */
    public CheckpointCheck check(Checkpoint checkpoint) {
        List<String> problems = new ArrayList<>();
        if (!ALGORITHM.equals(checkpoint.algorithm()) || !keyId.equals(checkpoint.keyId())) {
            problems.add("not signed with this system's key " + keyId);
        } else if (!signatureValid(checkpoint)) {
            problems.add("signature does not match position, hash and time");
        }
        Optional<String> hash = hashAt(checkpoint.position());
        if (hash.isEmpty()) {
            problems.add("position " + checkpoint.position() + " is not chained yet");
        } else if (!hash.get().equals(checkpoint.hash())) {
            problems.add("the chain's hash at position " + checkpoint.position() + " is " + hash.get());
        }
        return new CheckpointCheck(problems.isEmpty(), problems);
    }

    /** The public key checkpoints verify with, X.509 DER in Base64. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String keyId() {
        return keyId;
    }

    private Optional<String> hashAt(long position) {
        if (position == 0) {
            return Optional.of(LedgerHashes.GENESIS);
        }
        return ledger.blockHolding(position).map(block -> {
            String hash = block.previousHash();
            for (LedgerEntry entry : block.entries()) {
                if (entry.position() <= position) {
                    hash = entry.hash();
                }
            }
            return hash;
        });
    }

    private Optional<Checkpoint> find(long position) {
        return Optional.ofNullable(checkpoints.find(Filters.eq("_id", position)).first()).map(this::checkpoint);
    }

    private Checkpoint checkpoint(Document document) {
        return new Checkpoint(document.get("_id", Number.class).longValue(), document.getString("hash"),
                              document.getDate("signedAt").toInstant(), ALGORITHM, document.getString("keyId"),
                              document.getString("signature"));
    }

    private byte[] signature(long position, String hash, Instant at) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(signed(position, hash, at));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    private boolean signatureValid(Checkpoint checkpoint) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(keys.getPublic());
            verifier.update(signed(checkpoint.position(), checkpoint.hash(), checkpoint.signedAt()));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static byte[] signed(long position, String hash, Instant at) {
        return ("propcare-checkpoint\n" + position + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8);
    }

    private static KeyPair configured(String signingKey, String verifyKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                                                                                           .decode(signingKey)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                                                                                      .decode(verifyKey)));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("propcare.audit.signing-key / verify-key are not an Ed25519 key pair "
                                                    + "(PKCS#8 and X.509, Base64)", e);
        }
    }

    private static KeyPair storedKeys(MongoCollection<Document> collection) {
        Document stored = collection.find(Filters.eq("_id", ALGORITHM)).first();
        if (stored == null) {
            try {
                KeyPair generated = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                collection.insertOne(new Document("_id", ALGORITHM)
                                             .append("private", Base64.getEncoder().encodeToString(
                                                     generated.getPrivate().getEncoded()))
                                             .append("public", Base64.getEncoder().encodeToString(
                                                     generated.getPublic().getEncoded())));
                log.warn("No propcare.audit.signing-key configured: generated a checkpoint signing key and kept it "
                                 + "in the store; configure a key held elsewhere for production");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
            } catch (MongoWriteException e) {
                if (e.getError().getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = collection.find(Filters.eq("_id", ALGORITHM)).first();
        }
        return configured(stored.getString("private"), stored.getString("public"));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
