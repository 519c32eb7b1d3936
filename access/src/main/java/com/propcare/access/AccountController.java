package com.propcare.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Admins manage sign-ins: what an account resolves to now, its local password, ending all its sign-ins, and the
 * locks that failed sign-ins left. Accounts themselves are members of staff (hired through the registry) or
 * configured system accounts; nothing here creates one.
 */
@RestController
@Tag(name = "Accounts", description = "Local passwords, revocation of sign-ins and sign-in locks (admins)")
class AccountController {

    static final String PATH = "/api/accounts";

    /** What an account resolves to now. */
    record AccountView(String name, Set<Role> roles, Set<String> offices, boolean allOffices, boolean active,
                       boolean localPassword) {
    }

    record NewPassword(String password) {
    }

    private final Users users;
    private final LocalPasswords passwords;
    private final AccountPasswords setter;
    private final SessionRevocations revocations;
    private final SignInThrottle throttle;
    private final Clock clock;

    AccountController(Users users, LocalPasswords passwords, AccountPasswords setter, SessionRevocations revocations,
                      SignInThrottle throttle, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.setter = setter;
        this.revocations = revocations;
        this.throttle = throttle;
        this.clock = clock;
    }

    @GetMapping(PATH + "/{name}")
    @Operation(summary = "What an account resolves to now: roles and offices (from the staff registry for staff)")
    Mono<AccountView> account(@PathVariable String name) {
        return blocking(() -> {
            boolean hasPassword = passwords.hashOf(name).isPresent();
            try {
                StaffUser user = users.account(name).orElseThrow(() -> unknown(name));
                return new AccountView(name, new TreeSet<>(user.roles()), new TreeSet<>(user.offices()),
                                       user.allOffices(), true, hasPassword);
            } catch (AccountInactive left) {
                return new AccountView(name, Set.of(), Set.of(), false, false, hasPassword);
            }
        });
    }

    @PutMapping(PATH + "/{name}/password")
    @ApiResponse(responseCode = "204", description = "Done; nothing to answer")
    @Operation(summary = "Set or reset an account's local password; every sign-in of the account ends")
    Mono<ResponseEntity<Void>> setPassword(@PathVariable String name, @RequestBody NewPassword body,
                                           @AuthenticationPrincipal StaffUser admin) {
        return blocking(() -> users.account(name).orElseThrow(() -> unknown(name)))
                .onErrorMap(AccountInactive.class, left -> new AccountRefusal(
                        HttpStatus.CONFLICT, "ACCOUNT_INACTIVE", null, name + " has left the office's staff"))
                .then(setter.set(name, body.password(), admin.name()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping(PATH + "/{name}/revocation")
    @ApiResponse(responseCode = "204", description = "Done; nothing to answer")
    @Operation(summary = "End every sign-in of the account now, on every instance (sign-in and provider tokens)")
    Mono<ResponseEntity<Void>> revoke(@PathVariable String name) {
        return blocking(() -> {
            revocations.revokeAccount(name, clock.instant(), "revoked by an admin");
            return name;
        }).thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping(PATH + "/sign-in-locks")
    @Operation(summary = "Accounts and client addresses locked after failed sign-ins, with when each lock ends")
    Mono<List<SignInThrottle.Lock>> locks() {
        return blocking(throttle::current);
    }

    @DeleteMapping(PATH + "/sign-in-locks/{key}")
    @ApiResponse(responseCode = "204", description = "Done; nothing to answer")
    @Operation(summary = "Lift a lock before it ends (key as listed, e.g. account:clerk-li)")
    Mono<ResponseEntity<Void>> lift(@PathVariable String key) {
        return blocking(() -> throttle.lift(key)).flatMap(lifted -> lifted
                ? Mono.just(ResponseEntity.noContent().<Void>build())
                : Mono.error(new AccountRefusal(HttpStatus.NOT_FOUND, "SIGN_IN_LOCK_NOT_FOUND", null,
                                                "No sign-in lock " + key)));
    }

    private static AccountRefusal unknown(String name) {
        return new AccountRefusal(HttpStatus.NOT_FOUND, "ACCOUNT_NOT_FOUND", null, "No account " + name);
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
