package com.propcare.command.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.function.Function;

/**
 * Reference data a command reads on every call (calendars, policies) kept in memory for a short while: a
 * registration read the same calendar documents five times and the policy once, six round trips of about a dozen.
 * The lookup that writes the data invalidates its entry in the same unit of work, so this instance sees a change
 * at once; another instance sees it within {@code ttl} ({@code propcare.lookups.reference-cache-ttl}; zero turns the
 * cache off). A load racing an invalidation cannot leave the old value behind: the invalidation waits for the load.
 */
public final class ReferenceCache<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private final Cache<K, V> entries;

    public ReferenceCache(Duration ttl) {
        this.entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_ENTRIES).build();
    }

    public V get(K key, Function<K, V> load) {
        return entries.get(key, load);
    }

    public void invalidate(K key) {
        entries.invalidate(key);
    }
}
