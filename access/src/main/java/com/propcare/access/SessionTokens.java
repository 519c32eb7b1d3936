package com.propcare.access;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in tokens for the browser: after one password check the page holds a JWT (HS256, signed with the shared
 * session secret through Nimbus) that names the account, its id and its expiry, instead of the password. Every
 * instance that shares the secret accepts it; a sign-out, an admin's revocation or a password change ends it on
 * every instance through {@link SessionRevocations}. The account's roles and offices are looked up on every request.
 */
public final class SessionTokens {

    /** The issuer of our own tokens, which tells them apart from the identity provider's. */
    public static final String ISSUER = "propcare";
    /** When the sign-in happened, in milliseconds: {@code iat} has whole seconds only. */
    static final String SIGNED_IN_AT = "sit";

    public record Issued(String token, String id, Instant expiresAt) {
    }

    /** A valid token: whose it is, its id (for a sign-out) and the moments that revocations compare with. */
    public record Session(String account, String id, Instant signedInAt, Instant expiresAt) {
    }

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration lifetime;
    private final Clock clock;

    public SessionTokens(byte[] secret, Duration lifetime, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("A session secret needs at least 32 bytes");
        }
        SecretKeySpec key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.encoder = NimbusJwtEncoder.withSecretKey(key).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Issued issue(String account) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String id = UUID.randomUUID().toString();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(account).id(id).issuedAt(now)
                                          .expiresAt(expiresAt).claim(SIGNED_IN_AT, now.toEpochMilli()).build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                              .getTokenValue();
        return new Issued(token, id, expiresAt);
    }

    /** The session the token stands for, if its signature holds and it has not expired. */
    public Optional<Session> sessionOf(String token) {
        try {
            Jwt jwt = decoder.decode(token);
            Object signedInAt = jwt.getClaims().get(SIGNED_IN_AT);
            Instant at = signedInAt instanceof Number millis ? Instant.ofEpochMilli(millis.longValue())
                                                             : jwt.getIssuedAt();
            return Optional.of(new Session(jwt.getSubject(), jwt.getId(), at, jwt.getExpiresAt()));
        } catch (JwtException invalid) {
            return Optional.empty();
        }
    }
}
