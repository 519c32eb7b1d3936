package com.propcare.access;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Sign-in tokens for the browser: after one password check the page holds a token that names the user and its
 * expiry, signed with HMAC-SHA256, instead of the password. Nothing is stored on the server, so every instance that
 * shares the secret accepts it; it cannot be revoked before it expires, which is why it lives a working shift.
 * The user's roles and offices are looked up on every request, so a changed configuration applies at once.
 */
public final class SessionTokens {

    static final String PREFIX = "ps1.";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public record Issued(String token, Instant expiresAt) {
    }

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    public SessionTokens(byte[] secret, Duration lifetime, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("A session secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public static boolean looksLikeOne(String token) {
        return token.startsWith(PREFIX);
    }

    public Issued issue(String userName) {
        Instant expiresAt = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String payload = ENCODER.encodeToString((userName + "\n" + expiresAt.getEpochSecond())
                                                        .getBytes(StandardCharsets.UTF_8));
        return new Issued(PREFIX + payload + "." + ENCODER.encodeToString(sign(payload)), expiresAt);
    }

    /** The user the token names, if its signature holds and it has not expired. */
    public Optional<String> userOf(String token) {
        if (!looksLikeOne(token)) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            if (!MessageDigest.isEqual(sign(parts[0]), DECODER.decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 2 || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(fields[1])))) {
                return Optional.empty();
            }
            return Optional.of(fields[0]);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }
}
