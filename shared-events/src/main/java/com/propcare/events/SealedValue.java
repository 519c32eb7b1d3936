package com.propcare.events;

import java.util.Objects;

/**
 * A piece of personal data as it is written into events: encrypted with the key of its subject (for residents,
 * their household), so that destroying that one key makes every copy in the immutable log unreadable
 * (crypto-shredding) while the log itself stays intact and verifiable.
 *
 * @param keyId      which of the subject's keys sealed it; a key created after the subject's data was erased has
 *                   another id, so old values stay unreadable
 * @param ciphertext AES-256-GCM, Base64 of the 12-byte nonce followed by the ciphertext and its 16-byte tag; the
 *                   subject id is authenticated with it, so a value cannot be moved to another subject
 */
public record SealedValue(String keyId, String ciphertext) {
    public SealedValue {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
