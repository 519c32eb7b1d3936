package com.propcare.access;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;

/**
 * Setting a local password: the rules a password must meet, its hash (never the password) stored apart from the
 * log, and the end of every sign-in token the account had, on every instance.
 */
public class AccountPasswords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    private final LocalPasswords passwords;
    private final SessionRevocations revocations;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public AccountPasswords(LocalPasswords passwords, SessionRevocations revocations, PasswordEncoder encoder,
                            Clock clock) {
        this.passwords = passwords;
        this.revocations = revocations;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** @param by who sets it: the account itself, or an admin */
    public Mono<Void> set(String account, String password, String by) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Mono.error(new AccountRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "PASSWORD_TOO_WEAK", "password",
                                                 "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters"));
        }
        if (password.equalsIgnoreCase(account)) {
            return Mono.error(new AccountRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "PASSWORD_TOO_WEAK", "password",
                                                 "must not be the account's name"));
        }
        return Mono.fromRunnable(() -> {
            String hash = encoder.encode(password);
            passwords.set(account, hash, clock.instant(), by);
            revocations.revokeSessions(account, clock.instant(), "password changed");
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }
}
