package com.propcare.access;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The browser's sign-in: a password (HTTP Basic) or an API token exchanged for a sign-in token (never a sign-in
 * token for another: it ends when it expires), and who the caller is, so that a page shows only what the user's
 * roles may see.
 */
@RestController
class SessionController {

    static final String PATH = "/api/session";

    /** @param offices the user's offices; empty with {@code allOffices} for a company-level user */
    record Me(String name, Set<Role> roles, Set<String> offices, boolean allOffices, boolean personalData) {

        static Me of(StaffUser user) {
            return new Me(user.name(), new TreeSet<>(user.roles()), new TreeSet<>(user.offices()), user.allOffices(),
                          user.mayReadPersonalData());
        }
    }

    record SignedIn(String token, String tokenType, Instant expiresAt, Me user) {
    }

    private final SessionTokens sessions;

    SessionController(SessionTokens sessions) {
        this.sessions = sessions;
    }

    @PostMapping(PATH)
    SignedIn signIn(@AuthenticationPrincipal StaffUser user) {
        SessionTokens.Issued issued = sessions.issue(user.name());
        return new SignedIn(issued.token(), "Bearer", issued.expiresAt(), Me.of(user));
    }

    @GetMapping(PATH)
    Me me(@AuthenticationPrincipal StaffUser user) {
        return Me.of(user);
    }
}
