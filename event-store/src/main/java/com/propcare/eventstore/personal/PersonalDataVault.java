package com.propcare.eventstore.personal;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Encrypts personal data for the immutable event log with one key per subject (crypto-shredding): the log keeps
 * only ciphertext, and destroying a subject's key makes every copy of that subject's data unreadable without
 * touching an event. It knows nothing of the domain; a subject is whatever id the caller seals data under.
 * <p>
 * AES-256-GCM from the JDK with a fresh random 96-bit nonce per value; the subject id is authenticated with the
 * value, so a sealed value copied to another subject does not open. Keys live in {@value #COLLECTION}, one document
 * per subject ({@code _id} = subject id), read by exact key only. A key is created on the first encryption for its
 * subject; two instances creating it at once are settled by the unique {@code _id}, and both use the winner's.
 * After {@link #destroyKey} a later encryption for the same subject creates a new key with a new id, and values
 * sealed under the destroyed key stay unreadable.
 */
public class PersonalDataVault {

    public static final String COLLECTION = "personal_data_keys";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int KEY_ID_BYTES = 12;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int DUPLICATE_KEY = 11000;
    /**
     * Subjects per {@code $in}: the embedded server compares each key document with the whole list, so one list of
     * 10,000 subjects costs seconds where batches of this size cost milliseconds.
     */
    private static final int IN_BATCH = 200;

    /** A value sealed under the key {@code keyId}: Base64 of nonce, ciphertext and tag. */
    public record Sealed(String keyId, String ciphertext) {
        public Sealed {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(ciphertext, "ciphertext");
        }
    }

    /** A value to seal for a subject. */
    public record Plaintext(String subjectId, String text) {
        public Plaintext {
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(text, "text");
        }
    }

    private record SubjectKey(String keyId, byte[] key) {
    }

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(MongoDatabase database, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    public Sealed encrypt(String subjectId, String plaintext) {
        return encryptAll(List.of(new Plaintext(subjectId, plaintext))).get(0);
    }

    /**
     * Seals many values at once, in order: one lookup for all their subjects' keys and one bulk insert of the
     * missing ones, which is what keeps a bulk import of thousands of households fast.
     */
    public List<Sealed> encryptAll(List<Plaintext> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Set<String> subjects = new LinkedHashSet<>();
        values.forEach(value -> subjects.add(value.subjectId()));
        Map<String, SubjectKey> keysBySubject = keysOf(subjects);
        List<Sealed> sealed = new ArrayList<>(values.size());
        for (Plaintext value : values) {
            sealed.add(seal(value.subjectId(), keysBySubject.get(value.subjectId()), value.text()));
        }
        return sealed;
    }

    /**
     * The value in clear text, or empty when the subject's key was destroyed (or replaced since). A value that does
     * not authenticate under the subject's current key was altered or belongs to another subject, which is an
     * error, not an erasure.
     */
    public Optional<String> decrypt(String subjectId, Sealed sealed) {
        Document stored = keys.find(Filters.eq("_id", subjectId)).first();
        if (stored == null || !sealed.keyId().equals(stored.getString("keyId"))) {
            return Optional.empty();
        }
        byte[] data = Base64.getDecoder().decode(sealed.ciphertext());
        if (data.length < NONCE_BYTES) {
            throw new IllegalArgumentException("A sealed value of subject " + subjectId + " is truncated");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, stored.get("key", Binary.class).getData(), subjectId,
                                   ByteBuffer.wrap(data, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("A sealed value of subject " + subjectId + " does not authenticate: "
                                                       + "altered, or sealed for another subject", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Erases the subject's personal data everywhere it was sealed: without the key nothing can open it. */
    public void destroyKey(String subjectId) {
        keys.deleteOne(Filters.eq("_id", subjectId));
    }

    private Map<String, SubjectKey> keysOf(Collection<String> subjects) {
        Map<String, SubjectKey> found = new HashMap<>();
        findAll(List.copyOf(subjects)).forEach(stored -> found.put(stored.getString("_id"), keyOf(stored)));
        List<Document> missing = subjects.stream().filter(subject -> !found.containsKey(subject))
                                         .map(this::newKey).toList();
        if (missing.isEmpty()) {
            return found;
        }
        List<String> lostRaces = new ArrayList<>();
        try {
            keys.insertMany(missing, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            e.getWriteErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                lostRaces.add(missing.get(error.getIndex()).getString("_id"));
            });
        }
        missing.forEach(created -> found.put(created.getString("_id"), keyOf(created)));
        if (!lostRaces.isEmpty()) {
            // another instance created these keys first: use theirs, so that every value opens with one key
            findAll(lostRaces).forEach(stored -> found.put(stored.getString("_id"), keyOf(stored)));
        }
        return found;
    }

    private List<Document> findAll(List<String> subjects) {
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < subjects.size(); from += IN_BATCH) {
            keys.find(Filters.in("_id", subjects.subList(from, Math.min(subjects.size(), from + IN_BATCH))))
                .into(found);
        }
        return found;
    }

    private Document newKey(String subjectId) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        byte[] keyId = new byte[KEY_ID_BYTES];
        random.nextBytes(keyId);
        return new Document("_id", subjectId)
                .append("keyId", HexFormat.of().formatHex(keyId))
                .append("key", new Binary(key))
                .append("createdAt", Date.from(clock.instant()));
    }

    private static SubjectKey keyOf(Document stored) {
        return new SubjectKey(stored.getString("keyId"), stored.get("key", Binary.class).getData());
    }

    private Sealed seal(String subjectId, SubjectKey key, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key.key(), subjectId, ByteBuffer.wrap(nonce));
            byte[] encrypted = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] data = ByteBuffer.allocate(NONCE_BYTES + encrypted.length).put(nonce).put(encrypted).array();
            return new Sealed(key.keyId(), Base64.getEncoder().encodeToString(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, String subjectId, ByteBuffer nonce)
            throws GeneralSecurityException {
        byte[] iv = new byte[NONCE_BYTES];
        nonce.get(iv);
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
