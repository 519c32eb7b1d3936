package com.propcare.access;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/** Too many wrong passwords for this account or from this address: answered 429 with {@code Retry-After}. */
class SignInThrottled extends AuthenticationException {

    private final Instant until;

    SignInThrottled(Instant until) {
        super("Too many failed sign-ins; try again after " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
