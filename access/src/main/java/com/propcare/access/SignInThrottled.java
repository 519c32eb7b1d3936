package com.propcare.access;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;
import java.time.Instant;

/** Too many wrong passwords for this account or from this address: answered 429 with {@code Retry-After}. */
class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Instant until, Duration retryAfter) {
        super("Too many failed sign-ins; try again after " + until);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the lock ends, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
