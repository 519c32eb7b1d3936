package com.propcare.access;

import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Bearer tokens (JWT) of the company's OpenID Connect provider, checked by Spring Security's resource-server
 * decoder (Nimbus): signature against the provider's keys, expiry, issuer and, when configured, audience. A claim
 * names the account: a staff id of the registry or a system account of the configuration.
 */
public class IdentityProvider {

    /** The account a valid token names, and when it was issued (revocations compare with it). */
    public record Verified(String account, Instant issuedAt) {
    }

    private final NimbusReactiveJwtDecoder decoder;
    private final String accountClaim;

    IdentityProvider(NimbusReactiveJwtDecoder decoder, String accountClaim) {
        this.decoder = decoder;
        this.accountClaim = accountClaim;
    }

    /** The provider as configured, or null when none is: then only our own sign-ins and API tokens are accepted. */
    static IdentityProvider of(AccessProperties.Oidc oidc, Clock clock) {
        if (oidc == null || !oidc.configured()) {
            return null;
        }
        NimbusReactiveJwtDecoder decoder;
        if (oidc.jwkSet() != null && !oidc.jwkSet().isBlank()) {
            JWKSet keys;
            try {
                keys = JWKSet.parse(oidc.jwkSet());
            } catch (ParseException e) {
                throw new IllegalStateException("propcare.security.oidc.jwk-set is not a JWK set: " + e.getMessage(),
                                                e);
            }
            decoder = NimbusReactiveJwtDecoder.withJwkSource(jwt -> Flux.fromIterable(keys.getKeys())).build();
        } else if (oidc.jwkSetUri() != null && !oidc.jwkSetUri().isBlank()) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build();
        } else {
            decoder = NimbusReactiveJwtDecoder.withIssuerLocation(oidc.issuer()).build();
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(oidc.clockSkew());
        timestamps.setClock(clock);
        validators.add(timestamps);
        if (oidc.issuer() != null && !oidc.issuer().isBlank()) {
            validators.add(new JwtIssuerValidator(oidc.issuer()));
        }
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            validators.add(new JwtClaimValidator<Collection<String>>(
                    JwtClaimNames.AUD, audiences -> audiences != null && audiences.contains(oidc.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return new IdentityProvider(decoder, oidc.accountClaim());
    }

    /** The account the token names; an error for a token that is not valid or names none. */
    public Mono<Verified> verify(String token) {
        return decoder.decode(token).flatMap(jwt -> {
            Object account = jwt.getClaims().get(accountClaim);
            return account instanceof String name && !name.isBlank()
                   ? Mono.just(new Verified(name, jwt.getIssuedAt()))
                   : Mono.error(new IllegalArgumentException("The token has no " + accountClaim + " claim"));
        });
    }

    static Duration defaultClockSkew() {
        return Duration.ofSeconds(60);
    }
}
