package com.propcare.access;

import com.propcare.access.AccessProperties.UserEntry;
import com.propcare.eventstore.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users from configuration: who is accepted, with what, and when the demo users are refused. */
class UsersTest {

    private final AccessConfiguration configuration = new AccessConfiguration();
    private final PasswordEncoder encoder = configuration.passwordEncoder();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T01:00:00Z"));
    private final SessionTokens sessions = new SessionTokens(new byte[32], Duration.ofHours(8), clock);

    private Users users(Map<String, UserEntry> entries, boolean demo, boolean allowDemo, String mongoUri) {
        return configuration.users(new AccessProperties(entries, demo, allowDemo), encoder,
                                   new MockEnvironment().withProperty("propcare.mongodb.uri", mongoUri), sessions);
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
                "erp", new UserEntry(null, Tokens.sha256("tok-1"), Set.of(Role.INTEGRATOR), Set.of("*"), null)),
                            false, false, "");

        Authentication li = users.authenticate(new UsernamePasswordAuthenticationToken("li", "s3cret")).block();
        assertThat(((StaffUser) li.getPrincipal()).sees("office-1")).isTrue();
        assertThat(((StaffUser) li.getPrincipal()).sees("office-2")).isFalse();
        assertThatThrownBy(() -> users.authenticate(new UsernamePasswordAuthenticationToken("li", "wrong")).block())
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.authenticate(new UsernamePasswordAuthenticationToken("erp", "tok-1")).block())
                .as("a token-only user has no password").isInstanceOf(BadCredentialsException.class);

        StaffUser erp = (StaffUser) users.authenticate(new Users.BearerToken("tok-1")).block().getPrincipal();
        assertThat(erp.allOffices()).isTrue();
        assertThat(erp.mayReadPersonalData()).isFalse();
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken("tok-2")).block())
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_user_without_a_role_an_office_or_a_credential_is_a_configuration_error() {
        assertThatThrownBy(() -> users(Map.of("x", new UserEntry("{noop}a", null, Set.of(), Set.of("o"), null)),
                                       false, false, "")).hasMessageContaining("role");
        assertThatThrownBy(() -> users(Map.of("x", new UserEntry(null, null, Set.of(Role.CLERK), Set.of("o"), null)),
                                       false, false, "")).hasMessageContaining("neither");
    }

    @Test
    void a_sign_in_token_names_its_user_until_it_expires_and_is_refused_when_altered() {
        Users users = users(Map.of(
                "li", new UserEntry(encoder.encode("s3cret"), null, Set.of(Role.CLERK), Set.of("office-1"), null)),
                            false, false, "");
        SessionTokens.Issued issued = sessions.issue("li");
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));

        StaffUser li = (StaffUser) users.authenticate(new Users.BearerToken(issued.token())).block().getPrincipal();
        assertThat(li.name()).isEqualTo("li");

        String altered = issued.token().substring(0, issued.token().length() - 2)
                         + (issued.token().endsWith("AA") ? "AB" : "AA");
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(altered)).block())
                .isInstanceOf(BadCredentialsException.class);
        SessionTokens otherSecret = new SessionTokens(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, Duration.ofHours(8), clock);
        assertThat(sessions.userOf(otherSecret.issue("li").token())).isEmpty();
        assertThat(sessions.userOf(issued.token().replace("ps1.", "ps1.x"))).isEmpty();

        clock.advance(Duration.ofHours(8));
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(issued.token())).block())
                .as("expired").isInstanceOf(BadCredentialsException.class);
        assertThat(sessions.userOf(sessions.issue("nobody").token())).contains("nobody");
        assertThatThrownBy(() -> users.authenticate(new Users.BearerToken(sessions.issue("nobody").token())).block())
                .as("a user no longer configured").isInstanceOf(BadCredentialsException.class);
    }
}
