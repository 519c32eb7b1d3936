package com.propcare.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The browser's sign-in: a password (HTTP Basic), an API token or the identity provider's token exchanged for a
 * sign-in token (never a sign-in token for another: it ends when it expires), who the caller is, so that a page shows
 * only what the user's roles may see, the sign-out that ends the token on every instance, and a user's change of
 * their own password.
 */
@RestController
class SessionController {

    static final String PATH = "/api/session";
    static final String PASSWORD_PATH = "/api/session/password";

    /** @param offices the user's offices; empty with {@code allOffices} for a company-level user */
    record Me(String name, Set<Role> roles, Set<String> offices, boolean allOffices, boolean personalData) {

        static Me of(StaffUser user) {
            return new Me(user.name(), new TreeSet<>(user.roles()), new TreeSet<>(user.offices()), user.allOffices(),
                          user.mayReadPersonalData());
        }
    }

    record SignedIn(String token, String tokenType, Instant expiresAt, Me user) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final SessionTokens sessions;
    private final SessionRevocations revocations;
    private final AccountPasswords passwords;
    private final Users users;
    private final Clock clock;

    SessionController(SessionTokens sessions, SessionRevocations revocations, AccountPasswords passwords, Users users,
                      Clock clock) {
        this.sessions = sessions;
        this.revocations = revocations;
        this.passwords = passwords;
        this.users = users;
        this.clock = clock;
    }

    @PostMapping(PATH)
    @Operation(summary = "Sign in with name and password: a session token")
    SignedIn signIn(@AuthenticationPrincipal StaffUser user) {
        SessionTokens.Issued issued = sessions.issue(user.name());
        return new SignedIn(issued.token(), "Bearer", issued.expiresAt(), Me.of(user));
    }

    @GetMapping(PATH)
    @Operation(summary = "Who is signed in: the account, its roles and offices")
    Me me(@AuthenticationPrincipal StaffUser user) {
        return Me.of(user);
    }

    /** Ends the sign-in token this request came with, on every instance; other credentials have nothing to end. */
    @DeleteMapping(PATH)
    @ApiResponse(responseCode = "204", description = "Done; nothing to answer")
    @Operation(summary = "Sign out: the session token is revoked")
    Mono<ResponseEntity<Void>> signOut() {
        return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                     .ofType(Users.Authenticated.class)
                     .flatMap(authenticated -> Mono.justOrEmpty(authenticated.session()))
                     .flatMap(session -> Mono.fromRunnable(() -> revocations.revokeToken(
                                     session.id(), session.expiresAt(), clock.instant()))
                                             .subscribeOn(Schedulers.boundedElastic()))
                     .then(Mono.just(ResponseEntity.noContent().build()));
    }

    /** A user changes their own password with the current one; every sign-in of theirs ends. */
    @PostMapping(PASSWORD_PATH)
    @ApiResponse(responseCode = "204", description = "Done; nothing to answer")
    @Operation(summary = "Change your own password (the current one is required)")
    Mono<ResponseEntity<Void>> changePassword(@AuthenticationPrincipal StaffUser user,
                                              @RequestBody PasswordChange change) {
        if (change.currentPassword() == null) {
            return Mono.error(new AccountRefusal(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "currentPassword",
                                                 "must not be empty"));
        }
        return users.passwordMatches(user.name(), change.currentPassword()).flatMap(matches -> {
            if (!matches) {
                return Mono.error(new AccountRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "PASSWORD_CURRENT_WRONG",
                                                     "currentPassword", "is not your current password"));
            }
            return passwords.set(user.name(), change.newPassword(), user.name());
        }).thenReturn(ResponseEntity.noContent().build());
    }
}
