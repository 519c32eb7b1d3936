package com.propcare.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows down password guessing before any hash is computed: wrong passwords are counted per account and per client
 * address; past the limit the account or address is locked for a while and every attempt is answered 429 at once,
 * so a flood of guesses costs neither a hash nor the signed-in users' time. Locks are recorded in the store, which
 * every instance consults and admins list ({@code GET /api/accounts/sign-in-locks}).
 */
public class SignInThrottle {

    static final String COLLECTION = "sign_in_locks";
    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    /** A lock in force: what is locked ({@code account:<name>} or {@code address:<ip>}), until when, and why. */
    public record Lock(String key, Instant until, int failures, Instant lockedAt) {
    }

    private final AccessProperties.SignIn limits;
    private final Clock clock;
    private final MongoCollection<Document> locks;
    private final Cache<String, AtomicInteger> failures;
    private final Cache<String, Instant> lockedHere;

    public SignInThrottle(AccessProperties.SignIn limits, MongoDatabase database, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.locks = database.getCollection(COLLECTION);
        this.failures = Caffeine.newBuilder().expireAfterWrite(limits.lockDuration()).maximumSize(100_000).build();
        this.lockedHere = Caffeine.newBuilder().expireAfterWrite(limits.lockDuration()).maximumSize(100_000).build();
    }

    /** How long until a lock that ends then. */
    public Duration remaining(Instant until) {
        return Duration.between(clock.instant(), until);
    }

    /** The lock this instance set or saw on the account or the address, if one is in force: no store read. */
    public Optional<Instant> lockedHere(String account, String address) {
        return later(lockedHere.getIfPresent(ACCOUNT + account), lockedHere.getIfPresent(ADDRESS + address),
                     clock.instant());
    }

    /** When the lock on the account or the address ends, if either is locked now (here or by another instance). */
    public Optional<Instant> lockedUntil(String account, String address) {
        Instant now = clock.instant();
        Optional<Instant> here = lockedHere(account, address);
        if (here.isPresent()) {
            return here;
        }
        Instant until = null;
        for (Document lock : locks.find(Filters.in("_id", List.of(ACCOUNT + account, ADDRESS + address)))) {
            Instant end = lock.getDate("until").toInstant();
            if (end.isAfter(now) && (until == null || end.isAfter(until))) {
                until = end;
            }
        }
        return Optional.ofNullable(until);
    }

    public void failed(String account, String address) {
        count(ACCOUNT + account, limits.maxFailuresPerAccount());
        count(ADDRESS + address, limits.maxFailuresPerAddress());
    }

    /** A right password ends the count of the account's failures (not the address's). */
    public void succeeded(String account) {
        failures.invalidate(ACCOUNT + account);
    }

    /** The locks in force now, latest end first. */
    public List<Lock> current() {
        Instant now = clock.instant();
        List<Lock> current = new ArrayList<>();
        for (Document lock : locks.find(Filters.gt("until", Date.from(now)))) {
            current.add(new Lock(lock.getString("_id"), lock.getDate("until").toInstant(),
                                 lock.getInteger("failures", 0), lock.getDate("lockedAt").toInstant()));
        }
        current.sort(Comparator.comparing(Lock::until).reversed());
        return current;
    }

    /** An admin lifts a lock early, e.g. for a user who remembered the password. */
    public boolean lift(String key) {
        lockedHere.invalidate(key);
        failures.invalidate(key);
        return locks.deleteOne(Filters.eq("_id", key)).getDeletedCount() > 0;
    }

    private void count(String key, int limit) {
        int count = failures.get(key, ignored -> new AtomicInteger()).incrementAndGet();
        if (count >= limit) {
            Instant now = clock.instant();
            Instant until = now.plus(limits.lockDuration());
            lockedHere.put(key, until);
            failures.invalidate(key);
            locks.replaceOne(Filters.eq("_id", key),
                             new Document("_id", key).append("until", Date.from(until)).append("failures", count)
                                                     .append("lockedAt", Date.from(now)),
                             new ReplaceOptions().upsert(true));
        }
    }

    private static Optional<Instant> later(Instant first, Instant second, Instant now) {
        Instant later = first == null ? second : second == null || first.isAfter(second) ? first : second;
        return later != null && later.isAfter(now) ? Optional.of(later) : Optional.empty();
    }
}
