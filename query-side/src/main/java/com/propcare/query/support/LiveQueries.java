package com.propcare.query.support;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A query answered once, or as a live feed: the subscription query's initial result, then every update, as
 * server-sent events numbered from 1, with a comment line every {@link #HEARTBEAT_EVERY} so proxies keep quiet
 * connections open and the server notices clients that went away (the subscription is cancelled with the
 * connection). A client that reconnects gets the view as it is then, so it has nothing to catch up on.
 */
public final class LiveQueries {

    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(15);

    private LiveQueries() {
    }

    /**
     * The query is built (its parameters checked) and run off the event loop, as part of the response: query
     * handlers read MongoDB with a blocking driver, and a refusal travels the same way as an answer.
     */
    public static <Q, R> Mono<R> once(QueryGateway queries, Supplier<Q> query, Class<R> type,
                                      Supplier<? extends RuntimeException> whenEmpty) {
        return Mono.fromSupplier(query)
                   .flatMap(built -> Mono.fromFuture(() -> queries.query(built, ResponseTypes.instanceOf(type))))
                   .subscribeOn(Schedulers.boundedElastic())
                   .switchIfEmpty(Mono.error(whenEmpty));
    }

    public static <Q, R> Flux<ServerSentEvent<R>> live(QueryGateway queries, Supplier<Q> query, Class<R> type,
                                                       String eventName,
                                                       Supplier<? extends RuntimeException> whenEmpty) {
        AtomicLong sequence = new AtomicLong();
        Flux<ServerSentEvent<R>> views = Flux.using(
                        () -> queries.subscriptionQuery(query.get(), ResponseTypes.instanceOf(type),
                                                        ResponseTypes.instanceOf(type)),
                        subscription -> subscription.initialResult()
                                                    .switchIfEmpty(Mono.error(whenEmpty))
                                                    .concatWith(subscription.updates()),
                        SubscriptionQueryResult::cancel)
                .subscribeOn(Schedulers.boundedElastic())
                .map(view -> ServerSentEvent.builder(view).id(String.valueOf(sequence.incrementAndGet()))
                                            .event(eventName).build());
        Flux<ServerSentEvent<R>> heartbeats = Flux.interval(HEARTBEAT_EVERY)
                .map(tick -> ServerSentEvent.<R>builder().comment("heartbeat").build());
        return Flux.merge(views, heartbeats);
    }
}
