package com.propcare.access;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.propcare.access.AccessProperties.UserEntry;
import com.propcare.access.StaffAccounts.StaffAccount;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who is accepted, with what: configured accounts, members of staff from the registry (and what leaving does),
 * local passwords, sign-in tokens and their revocation, the identity provider's tokens, and the throttling of wrong
 * passwords before any hash is computed.
 */
class UsersTest {

    private static final String ISSUER = "https://sso.example.test";

    private final AccessConfiguration configuration = new AccessConfiguration();
    private final PasswordEncoder encoder = configuration.passwordEncoder();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:00:00Z"));
    private final SessionTokens sessions = new SessionTokens(new byte[32], Duration.ofHours(8), clock);
    private final TestMongo mongo = new TestMongo();
    private final MongoDatabase database = mongo.database("users-test");
    private final SessionRevocations revocations = new SessionRevocations(database);
    private final LocalPasswords passwords = new LocalPasswords(database);
    private final Map<String, StaffAccount> registry = new HashMap<>();
    private final StaffAccounts staff = id -> Optional.ofNullable(registry.get(id));
    private final RSAKey providerKey = TestUsers.newKey("provider");
    private AccessProperties.SignIn limits = new AccessProperties.SignIn(3, 100, Duration.ofMinutes(5));

    @AfterEach
    void close() {
        mongo.close();
    }

    private Users users(Map<String, UserEntry> entries) {
        return users(entries, false, false, "");
    }

    private Users users(Map<String, UserEntry> entries, boolean demo, boolean allowDemo, String mongoUri) {
        AccessProperties.Oidc oidc = new AccessProperties.Oidc(ISSUER, null,
                                                               new JWKSet(providerKey.toPublicJWK()).toString(),
                                                               "propcare", "staff_id", null);
        AccessProperties properties = new AccessProperties(entries, demo, allowDemo, oidc, limits);
        SignInThrottle throttle = new SignInThrottle(properties.signIn(), database, clock);
        return configuration.users(properties, encoder,
                                   new MockEnvironment().withProperty("propcare.mongodb.uri", mongoUri), sessions,
                                   revocations, passwords, throttle, provider(staff), provider(clock));
    }

    private static <T> ObjectProvider<T> provider(T bean) {
        return new ObjectProvider<>() {
            @Override
            public T getObject(Object... args) {
                return bean;
            }

            @Override
            public T getIfAvailable() {
                return bean;
            }

            @Override
            public T getIfUnique() {
                return bean;
            }

            @Override
            public T getObject() {
                return bean;
            }

            @Override
            public Stream<T> orderedStream() {
                return Stream.of(bean);
            }
        };
    }

    private static StaffUser user(Authentication authentication) {
        return (StaffUser) authentication.getPrincipal();
    }

    private static Users.PasswordAttempt password(String name, String password) {
        return new Users.PasswordAttempt(name, password, "10.0.0.7");
    }

    @Test
    void demo_users_are_refused_against_a_real_mongodb_unless_explicitly_allowed() {
        assertThatThrownBy(() -> users(Map.of(), true, false, "mongodb://db1/?replicaSet=rs0"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("allow-demo-users");
        assertThat(users(Map.of(), true, true, "mongodb://db1/?replicaSet=rs0").isEmpty()).isFalse();
        assertThat(users(Map.of(), true, false, "").isEmpty()).isFalse();
        assertThat(users(Map.of(), false, false, "mongodb://db1").isEmpty()).isTrue();
    }

    @Test
    void a_password_is_checked_against_its_hash_and_a_token_against_its_sha256() {
        Users users = users(Map.of(
                "li", new UserEntry(encoder.encode("s3cret"), null, Set.of(Role.CLERK), Set.of("office-1"), null),
                "erp", new UserEntry(null, Tokens.sha256("tok-1"), Set.of(Role.INTEGRATOR), Set.of("*"), null)));

        Authentication li = users.authenticate(password("li", "s3cret")).block();
        assertThat(user(li).sees("office-1")).isTrue();
        assertThat(user(li).sees("office-2")).isFalse();
        assertThatThrownBy(() -> users.authenticate(password("li", "wrong")).block())
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(password("erp", "tok-1")).block())
                .as("a token-only user has no password").isInstanceOf(BadCredentialsException.class);

        StaffUser erp = user(users.authenticate(new Users.BearerToken("tok-1")).block());
        assertThat(erp.allOffices()).isTrue();
        assertThat(erp.mayReadPersonalData()).isFalse();
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken("tok-2")).block())
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_configured_user_without_a_role_or_an_office_is_a_configuration_error() {
        assertThatThrownBy(() -> users(Map.of("x", new UserEntry("{noop}a", null, Set.of(), Set.of("o"), null))))
                .hasMessageContaining("role");
    }

    @Test
    void a_member_of_staff_is_an_account_with_the_registrys_office_and_roles_until_they_leave() {
        Users users = users(Map.of());
        registry.put("chen", new StaffAccount("chen", "office-7", Set.of("DIRECTOR"), true));
        passwords.set("chen", encoder.encode("a-long-password"), clock.instant(), "admin");

        StaffUser chen = user(users.authenticate(password("chen", "a-long-password")).block());
        assertThat(chen.roles()).containsExactly(Role.DIRECTOR);
        assertThat(chen.offices()).containsExactly("office-7");

        registry.put("chen", new StaffAccount("chen", "office-7", Set.of("CUSTOMER_SERVICE_SUPERVISOR"), true));
        String token = sessions.issue("chen").token();
        assertThat(user(users.authenticate(new Users.BearerToken(token)).block()).roles())
                .as("a role change applies to the next request").containsExactly(Role.SUPERVISOR);

        registry.put("chen", new StaffAccount("chen", "office-7", Set.of("CUSTOMER_SERVICE_SUPERVISOR"), false));
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(token)).block())
                .isInstanceOf(AccountInactive.class);
        assertThatThrownBy(() -> users.authenticate(password("chen", "a-long-password")).block())
                .isInstanceOf(AccountInactive.class);
    }

    @Test
    void a_sign_in_token_names_its_user_until_it_expires_is_refused_when_altered_and_ends_when_revoked() {
        Users users = users(Map.of(
                "li", new UserEntry(encoder.encode("s3cret"), null, Set.of(Role.CLERK), Set.of("office-1"), null)));
        SessionTokens.Issued issued = sessions.issue("li");
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(user(users.authenticate(new Users.BearerToken(issued.token())).block()).name()).isEqualTo("li");

        String altered = issued.token().substring(0, issued.token().length() - 2)
                         + (issued.token().endsWith("AA") ? "AB" : "AA");
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(altered)).block())
                .isInstanceOf(BadCredentialsException.class);
        SessionTokens otherSecret = new SessionTokens(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, Duration.ofHours(8), clock);
        assertThat(sessions.sessionOf(otherSecret.issue("li").token())).isEmpty();

        SessionTokens.Issued second = sessions.issue("li");
        revocations.revokeToken(issued.id(), issued.expiresAt(), clock.instant());
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(issued.token())).block())
                .as("signed out").isInstanceOf(BadCredentialsException.class);
        assertThat(users.authenticate(new Users.BearerToken(second.token())).block()).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        revocations.revokeAccount("li", clock.instant(), "test");
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(second.token())).block())
                .as("all of the account's sign-ins revoked").isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMillis(1));
        SessionTokens.Issued after = sessions.issue("li");
        assertThat(users.authenticate(new Users.BearerToken(after.token())).block()).isNotNull();

        clock.advance(Duration.ofHours(8));
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(after.token())).block())
                .as("expired").isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(sessions.issue("nobody").token())).block())
                .as("an account that does not exist").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void the_identity_providers_token_acts_as_the_staff_member_its_claim_names_and_nothing_else_is_accepted() {
        Users users = users(Map.of());
        registry.put("li", new StaffAccount("li", "office-1", Set.of("CLERK"), true));
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        clock.set(Instant.now());

        assertThat(user(users.authenticate(new Users.BearerToken(token("li", ISSUER, "propcare", inAnHour,
                                                                       providerKey))).block()).roles())
                .containsExactly(Role.CLERK);
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(
                token("li", ISSUER, "propcare", Instant.now().minusSeconds(120), providerKey))).block())
                .as("expired").isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(
                token("li", "https://elsewhere.test", "propcare", inAnHour, providerKey))).block())
                .as("wrong issuer").isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(
                token("li", ISSUER, "another-app", inAnHour, providerKey))).block())
                .as("wrong audience").isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(
                token("stranger", ISSUER, "propcare", inAnHour, providerKey))).block())
                .as("no such staff member").isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(
                token("li", ISSUER, "propcare", inAnHour, TestUsers.newKey("provider")))).block())
                .as("signed with another key").isInstanceOf(BadCredentialsException.class);
    }

    private static String token(String staffId, String issuer, String audience, Instant expiresAt, RSAKey key) {
        return TestUsers.idToken(staffId, issuer, audience, expiresAt, key, "staff_id");
    }

    @Test
    void after_the_limit_wrong_passwords_are_refused_as_locked_without_a_hash_and_an_admin_sees_the_lock() {
        CountingEncoder counting = new CountingEncoder(encoder);
        AccessProperties properties = new AccessProperties(Map.of(
                "li", new UserEntry(encoder.encode("s3cret"), null, Set.of(Role.CLERK), Set.of("office-1"), null)),
                                                           false, false, null, limits);
        SignInThrottle throttle = new SignInThrottle(properties.signIn(), database, clock);
        Users users = configuration.users(properties, counting, new MockEnvironment(), sessions, revocations,
                                          passwords, throttle, provider(staff), provider(clock));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> users.authenticate(password("li", "guess")).block())
                    .isInstanceOf(BadCredentialsException.class);
        }
        int hashes = counting.matches;
        assertThatThrownBy(() -> users.authenticate(password("li", "s3cret")).block())
                .as("even the right password while locked").isInstanceOf(SignInThrottled.class);
        assertThat(counting.matches).as("no hash computed while locked").isEqualTo(hashes);
        assertThat(throttle.current()).extracting(SignInThrottle.Lock::key).containsExactly("account:li");
        assertThat(throttle.current().get(0).until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        assertThat(users.authenticate(password("li", "s3cret")).block()).isNotNull();
    }

    /** Counts the hash comparisons it is asked for. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        private int matches;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches++;
            return delegate.matches(raw, encoded);
        }
    }
}
