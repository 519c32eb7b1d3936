package com.propcare.access;

import com.nimbusds.jwt.JWTParser;
import com.propcare.access.AccessProperties.UserEntry;
import com.propcare.access.StaffAccounts.StaffAccount;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.text.ParseException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Who is signing in, and with which rights. An account is a member of staff of the registry (office and roles from
 * there, so a hire, a role change or a departure applies on the next request) or a bootstrap or system account of
 * the configuration. Credentials: a password (HTTP Basic; a stored local password or the configured hash, checked on
 * a scheduler of its own because a good hash is slow on purpose, and throttled before it is computed), an API token
 * (compared by its SHA-256), a sign-in token from {@link SessionTokens} (ended by a sign-out or revocation on every
 * instance), or a token of the company's identity provider.
 */
public class Users implements ReactiveAuthenticationManager {

    private static final String ALL_OFFICES = "*";

    /** How a request proved who it is. */
    public enum Method { PASSWORD, API_TOKEN, SIGN_IN_TOKEN, IDENTITY_PROVIDER }

    private record Configured(StaffUser user, String passwordHash, String tokenHash) {
    }

    private final Map<String, Configured> byName = new HashMap<>();
    private final Map<String, Configured> byToken = new HashMap<>();
    private final PasswordEncoder encoder;
    private final Credentials credentials;
    /** Compared with when an account has no password, so that unknown and known accounts take as long. */
    private final String decoyHash;
    private final Scheduler passwordChecks = Schedulers.newBoundedElastic(
            Math.max(1, Runtime.getRuntime().availableProcessors()), 10_000, "password-checks", 60, true);

    /** Where accounts, passwords and sign-ins are kept beyond the configuration. */
    record Credentials(StaffAccounts staff, LocalPasswords passwords, SessionTokens sessions,
                       SessionRevocations revocations, IdentityProvider identityProvider, SignInThrottle throttle) {
    }

    Users(Map<String, UserEntry> entries, PasswordEncoder encoder, Credentials credentials) {
        this.encoder = encoder;
        this.credentials = credentials;
        this.decoyHash = encoder.encode("decoy-" + System.nanoTime());
        entries.forEach((name, entry) -> {
            if (entry.roles().isEmpty() || entry.offices().isEmpty()) {
                throw new IllegalStateException("User " + name + " needs at least one role and one office "
                                                        + "(propcare.security.users." + name + ".roles / .offices)");
            }
            boolean all = entry.offices().contains(ALL_OFFICES);
            Set<String> offices = entry.offices().stream().filter(office -> !office.equals(ALL_OFFICES))
                                       .collect(Collectors.toSet());
            Configured configured = new Configured(new StaffUser(name, entry.roles(), offices, all, entry.grants()),
                                                   entry.password(), entry.tokenSha256());
            byName.put(name, configured);
            if (entry.tokenSha256() != null) {
                byToken.put(entry.tokenSha256().toLowerCase(), configured);
            }
        });
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /**
     * The account as it stands now: a member of staff from the registry (refused once they left), else the
     * configured account of that name.
     */
    public Optional<StaffUser> account(String name) {
        Configured configured = byName.get(name);
        Optional<StaffAccount> staff = credentials.staff() == null ? Optional.empty() : credentials.staff().find(name);
        if (staff.isPresent()) {
            if (!staff.get().active()) {
                throw new AccountInactive(name);
            }
            return Optional.of(new StaffUser(name, RegistryRoles.routeRoles(staff.get().registryRoles()),
                                             Set.of(staff.get().officeId()), false,
                                             configured == null ? Set.of() : configured.user().grants()));
        }
        return Optional.ofNullable(configured).map(Configured::user);
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (authentication instanceof PasswordAttempt attempt) {
            return password(attempt.getName(), attempt.password(), attempt.address());
        }
        if (authentication instanceof UsernamePasswordAuthenticationToken basic) {
            return password(basic.getName(), String.valueOf(basic.getCredentials()), "unknown");
        }
        if (authentication instanceof BearerToken bearer) {
            String issuer = unverifiedIssuer(bearer.token());
            if (SessionTokens.ISSUER.equals(issuer)) {
                return signInToken(bearer.token());
            }
            if (issuer != null || bearer.token().chars().filter(c -> c == '.').count() == 2) {
                return identityProviderToken(bearer.token());
            }
            return apiToken(bearer.token());
        }
        return Mono.empty();
    }

    private Mono<Authentication> password(String name, String password, String address) {
        Optional<Instant> lockedHere = credentials.throttle().lockedHere(name, address);
        if (lockedHere.isPresent()) {
            // a flood of guesses is answered from memory: no read of the store, no hash
            return Mono.error(new SignInThrottled(lockedHere.get(),
                                                  credentials.throttle().remaining(lockedHere.get())));
        }
        return blocking(() -> {
            Optional<Instant> locked = credentials.throttle().lockedUntil(name, address);
            if (locked.isPresent()) {
                throw new SignInThrottled(locked.get(), credentials.throttle().remaining(locked.get()));
            }
            return credentials.passwords().hashOf(name)
                              .or(() -> Optional.ofNullable(byName.get(name)).map(Configured::passwordHash));
        }).flatMap(hash -> Mono.fromCallable(() -> encoder.matches(password, hash.orElse(decoyHash))
                                                   && hash.isPresent())
                               .subscribeOn(passwordChecks))
          .flatMap(matches -> blocking(() -> {
              if (!matches) {
                  credentials.throttle().failed(name, address);
                  throw new BadCredentialsException("Bad credentials");
              }
              credentials.throttle().succeeded(name);
              return new Authenticated(account(name).orElseThrow(() -> new BadCredentialsException("Bad credentials")),
                                       Method.PASSWORD, null);
          }));
    }

    private Mono<Authentication> signInToken(String token) {
        return blocking(() -> {
            SessionTokens.Session session = credentials.sessions().sessionOf(token).orElseThrow(
                    () -> new BadCredentialsException("Sign-in expired or not valid"));
            if (credentials.revocations().revoked(session.id(), session.account(), session.signedInAt())) {
                throw new BadCredentialsException("Signed out");
            }
            return new Authenticated(account(session.account()).orElseThrow(
                    () -> new BadCredentialsException("Unknown account")), Method.SIGN_IN_TOKEN, session);
        });
    }

    private Mono<Authentication> identityProviderToken(String token) {
        if (credentials.identityProvider() == null) {
            return Mono.error(new BadCredentialsException("No identity provider is configured"));
        }
        return credentials.identityProvider().verify(token)
                          .onErrorMap(error -> !(error instanceof AuthenticationException),
                                      error -> new BadCredentialsException("Token not valid", error))
                          .flatMap(verified -> blocking(() -> {
                              if (credentials.revocations().revokedForProvider(verified.account(),
                                                                               verified.issuedAt())) {
                                  throw new BadCredentialsException("Signed out");
                              }
                              return new Authenticated(account(verified.account()).orElseThrow(
                                      () -> new BadCredentialsException("Unknown account")),
                                                       Method.IDENTITY_PROVIDER, null);
                          }));
    }

    private Mono<Authentication> apiToken(String token) {
        Configured configured = byToken.get(Tokens.sha256(token));
        if (configured == null) {
            return Mono.error(new BadCredentialsException("Unknown API token"));
        }
        return blocking(() -> new Authenticated(account(configured.user().name()).orElseThrow(
                () -> new BadCredentialsException("Unknown account")), Method.API_TOKEN, null));
    }

    /** Whether the password is the account's, without throttling: for a signed-in user changing their own. */
    Mono<Boolean> passwordMatches(String name, String password) {
        return blocking(() -> credentials.passwords().hashOf(name)
                                         .or(() -> Optional.ofNullable(byName.get(name)).map(Configured::passwordHash)))
                .flatMap(hash -> Mono.fromCallable(() -> hash.isPresent() && encoder.matches(password, hash.get()))
                                     .subscribeOn(passwordChecks));
    }

    private static String unverifiedIssuer(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException notAJwt) {
            return null;
        }
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

    /** A password presented with HTTP Basic, with the client's address for throttling. */
    public static final class PasswordAttempt extends AbstractAuthenticationToken {
        private final String name;
        private final String password;
        private final String address;

        PasswordAttempt(String name, String password, String address) {
            super(Set.of());
            this.name = name;
            this.password = password;
            this.address = address;
        }

        String password() {
            return password;
        }

        String address() {
            return address;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Object getCredentials() {
            return password;
        }

        @Override
        public Object getPrincipal() {
            return name;
        }
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
        private final Method method;
        private final SessionTokens.Session session;

        Authenticated(StaffUser user, Method method, SessionTokens.Session session) {
            super(user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
            this.user = user;
            this.method = method;
            this.session = session;
            setAuthenticated(true);
        }

        /** Signed in with a browser's sign-in token rather than a password or an API token. */
        public boolean bySignInToken() {
            return method == Method.SIGN_IN_TOKEN;
        }

        /** The sign-in token's session, when the request came with one. */
        public Optional<SessionTokens.Session> session() {
            return Optional.ofNullable(session);
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
