package com.propcare.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Users every Spring test context gets (see {@link TestUsersContextCustomizerFactory}): {@value #TESTER} with every
 * role in every office, and one user per role in each of {@link #OFFICES}, all with API tokens; and a test identity
 * provider whose key is made here, so that a test acts as any member of staff it hired ({@link #as(String)}) the way
 * the company's own sign-in would, with no network.
 */
public final class TestUsers {

    public static final String TESTER = "tester";
    public static final List<String> OFFICES = List.of("office-1", "office-2");
    public static final String ISSUER = "https://sign-in.test.invalid";
    public static final String AUDIENCE = "propcare";
    private static final RSAKey PROVIDER_KEY = providerKey();

    private TestUsers() {
    }

    /** {@code Authorization} for a request made by that account (a staff id or a configured user). */
    public static String as(String account) {
        return "Bearer " + idToken(account, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), PROVIDER_KEY);
    }

    /** A token of the test identity provider, or of another issuer, audience, expiry or key to see it refused. */
    public static String idToken(String account, String issuer, String audience, Instant expiresAt, RSAKey key) {
        return idToken(account, issuer, audience, expiresAt, key, "sub");
    }

    /** The same with the account in another claim, as a provider configured with its own claim would send it. */
    public static String idToken(String account, String issuer, String audience, Instant expiresAt, RSAKey key,
                                 String accountClaim) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim(accountClaim, account).issuer(issuer).audience(audience)
                                                        .issueTime(Date.from(Instant.now().minusSeconds(1)))
                                                        .expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The key the test identity provider signs with. */
    public static RSAKey providerKey() {
        return PROVIDER_KEY == null ? newKey("test-provider") : PROVIDER_KEY;
    }

    /** Another key, unknown to the application. */
    public static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user with one role in one office, e.g. {@code clerk-office-1}. */
    public static String user(Role role, String office) {
        return role.name().toLowerCase() + "-" + office;
    }

    public static String token(String user) {
        return "test-token-" + user;
    }

    public static String bearer(String user) {
        return "Bearer " + token(user);
    }

    static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        // tests send bursts on purpose; the limits test sets its own rate
        properties.put("propcare.limits.requests-per-second", "1000000");
        properties.put("propcare.security.oidc.issuer", ISSUER);
        properties.put("propcare.security.oidc.audience", AUDIENCE);
        properties.put("propcare.security.oidc.jwk-set", new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());
        add(properties, TESTER, String.join(",", names(Role.values())), "*", StaffUser.PERSONAL_DATA);
        for (String office : OFFICES) {
            for (Role role : Role.values()) {
                add(properties, user(role, office), role.name(), office, "");
            }
        }
        return properties;
    }

    /** The same users as command-line arguments, for an application started as a separate process. */
    public static List<String> arguments() {
        return properties().entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
    }

    /** An authenticated user for tests that bind controllers without the security layer. */
    public static Authentication authenticated(Set<Role> roles, Set<String> offices, boolean allOffices) {
        return new Users.Authenticated(new StaffUser("test-user", roles, offices, allOffices, Set.of()),
                                       Users.Method.API_TOKEN, null);
    }

    /** Office checks for controllers bound without an application context. */
    public static OfficeAccess officeAccess() {
        return new OfficeAccess();
    }

    private static void add(Map<String, Object> properties, String user, String roles, String offices,
                            String grants) {
        String prefix = "propcare.security.users." + user + ".";
        properties.put(prefix + "token-sha256", Tokens.sha256(token(user)));
        properties.put(prefix + "roles", roles);
        properties.put(prefix + "offices", offices);
        properties.put(prefix + "grants", grants);
    }

    private static String[] names(Role[] roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
