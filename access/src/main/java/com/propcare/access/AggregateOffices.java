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

    private final EventLog log;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Cache<String, String> known = Caffeine.newBuilder().maximumSize(CACHED).build();

    AggregateOffices(EventLog log) {
        this.log = log;
    }

    /** The aggregate's office; empty when the log has no such aggregate or its first event names no office. */
    public Mono<String> officeOf(String aggregateId) {
        String cached = known.getIfPresent(aggregateId);
        if (cached != null) {
            return Mono.just(cached);
        }
        return Mono.fromCallable(() -> read(aggregateId).orElse(null))
                   .subscribeOn(Schedulers.boundedElastic())
                   .doOnNext(office -> known.put(aggregateId, office));
    }

    private Optional<String> read(String aggregateId) {
        return log.first(aggregateId).map(event -> json.readTree(event.payload()).get("officeId"))
                  .filter(JsonNode::isString).map(JsonNode::asString);
    }
}
