package com.propcare.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.propcare.eventstore.EventLog;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The office an aggregate belongs to: the {@code officeId} of its first event, read by exact key from the log.
 * An aggregate never changes office, so answers are cached; ids the log does not know are not.
 */
public class AggregateOffices {

    private static final int CACHED = 100_000;

    /** What the log says of an aggregate: its type and the office its first event names (null for none). */
    public record Owner(String aggregateType, String officeId) {
    }

    private final EventLog log;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Cache<String, Owner> known = Caffeine.newBuilder().maximumSize(CACHED).build();

    AggregateOffices(EventLog log) {
        this.log = log;
    }

    /** The aggregate's office; empty when the log has no such aggregate or its first event names no office. */
    public Mono<String> officeOf(String aggregateId) {
        Owner cached = known.getIfPresent(aggregateId);
        if (cached != null) {
            return Mono.justOrEmpty(cached.officeId());
        }
        return Mono.fromCallable(() -> ownerOf(aggregateId).map(Owner::officeId).orElse(null))
                   .subscribeOn(Schedulers.boundedElastic());
    }

    /** The aggregate's type and office, read by exact key (blocking); empty when the log has no such aggregate. */
    public Optional<Owner> ownerOf(String aggregateId) {
        Owner cached = known.getIfPresent(aggregateId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Owner> owner = log.first(aggregateId).map(event -> {
            JsonNode office = json.readTree(event.payload()).get("officeId");
            return new Owner(event.aggregateType(), office != null && office.isString() ? office.asString() : null);
        });
        owner.ifPresent(found -> known.put(aggregateId, found));
        return owner;
    }
}
