package com.propcare.access;

import com.propcare.access.AccessProperties.UserEntry;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configured users, and the check of their credentials: a password (HTTP Basic, hashed with the encoder its
 * prefix names, checked off the event loop because a good hash is slow on purpose) or an API token (Bearer,
 * compared by its SHA-256) or a sign-in token the browser got in exchange for a password ({@link SessionTokens}).
 */
public class Users implements ReactiveAuthenticationManager {

    private static final String ALL_OFFICES = "*";

    private record Known(StaffUser user, String passwordHash, String tokenHash) {
    }

    private final Map<String, Known> byName = new HashMap<>();
    private final Map<String, Known> byToken = new HashMap<>();
    private final PasswordEncoder encoder;
    private final SessionTokens sessions;

    Users(Map<String, UserEntry> entries, PasswordEncoder encoder, SessionTokens sessions) {
        this.encoder = encoder;
        this.sessions = sessions;
        entries.forEach((name, entry) -> {
            if (entry.roles().isEmpty() || entry.offices().isEmpty()) {
                throw new IllegalStateException("User " + name + " needs at least one role and one office "
                                                        + "(propcare.security.users." + name + ".roles / .offices)");
            }
            if (entry.password() == null && entry.tokenSha256() == null) {
                throw new IllegalStateException("User " + name + " has neither a password hash nor a token hash");
            }
            boolean all = entry.offices().contains(ALL_OFFICES);
            Set<String> offices = entry.offices().stream().filter(office -> !office.equals(ALL_OFFICES))
                                       .collect(Collectors.toSet());
            Known known = new Known(new StaffUser(name, entry.roles(), offices, all, entry.grants()),
                                    entry.password(), entry.tokenSha256());
            byName.put(name, known);
            if (entry.tokenSha256() != null) {
                byToken.put(entry.tokenSha256().toLowerCase(), known);
            }
        });
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (authentication instanceof BearerToken bearer && SessionTokens.looksLikeOne(bearer.token())) {
            Known known = sessions.userOf(bearer.token()).map(byName::get).orElse(null);
            return known == null ? Mono.error(new BadCredentialsException("Sign-in expired or not valid"))
                                 : Mono.just(new Authenticated(known.user(), true));
        }
        if (authentication instanceof BearerToken bearer) {
            Known known = byToken.get(Tokens.sha256(bearer.token()));
            return known == null ? Mono.error(new BadCredentialsException("Unknown API token"))
                                 : Mono.just(authenticated(known.user()));
        }
        if (authentication instanceof UsernamePasswordAuthenticationToken basic) {
            Known known = byName.get(basic.getName());
            String password = String.valueOf(basic.getCredentials());
            return Mono.fromCallable(() -> known != null && known.passwordHash() != null
                               && encoder.matches(password, known.passwordHash()))
                       .subscribeOn(Schedulers.boundedElastic())
                       .flatMap(matches -> matches ? Mono.just(authenticated(known.user()))
                                                   : Mono.error(new BadCredentialsException("Bad credentials")));
        }
        return Mono.empty();
    }

    private static Authentication authenticated(StaffUser user) {
        return new Authenticated(user, false);
    }

    /** An API token presented as {@code Authorization: Bearer …}, not yet checked. */
    public static final class BearerToken extends AbstractAuthenticationToken {
        private final String token;

        public BearerToken(String token) {
            super(Set.of());
            this.token = token;
        }

        public String token() {
            return token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return null;
        }
    }

    /** A user whose credentials were checked. */
    public static final class Authenticated extends AbstractAuthenticationToken {
        private final StaffUser user;
        private final boolean bySignInToken;

        Authenticated(StaffUser user, boolean bySignInToken) {
            super(user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
            this.user = user;
            this.bySignInToken = bySignInToken;
            setAuthenticated(true);
        }

        /** Signed in with a browser's sign-in token rather than a password or an API token. */
        public boolean bySignInToken() {
            return bySignInToken;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public StaffUser getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.name();
        }
    }
}
