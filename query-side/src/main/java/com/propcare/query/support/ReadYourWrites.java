package com.propcare.query.support;

import com.propcare.access.AccessProblems;
import com.propcare.eventstore.ProcessedPositions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Read your own writes: a read that names a log position (the {@value #HEADER} header or the {@value #PARAMETER}
 * parameter, as a command's answer gave it) is answered once every read model serving reads has handled that
 * position, at most {@code propcare.read-your-writes.timeout} later (5 s). Past that it is 503 with
 * {@code Retry-After} and how far behind the read models are. Reads without a position are answered at once, as the
 * read models stand. Read models rebuilt beside the live copy (a blue/green standby) do not count. What the write
 * set off counts too: the read first waits for the reactions (callback and visit triggers) to pass the position,
 * then for the read models to reach what the log held by then.
 */
@Component
class ReadYourWrites implements WebFilter {

    static final String HEADER = "Log-Position";
    static final String PARAMETER = "logPosition";
    private static final String BEHIND = "READ_MODEL_BEHIND";
    private static final Duration CHECK_EVERY = Duration.ofMillis(20);

    private final ProcessedPositions positions;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ApplicationContext context;
    private final List<BlueGreenProjection> blueGreen;
    private final Duration timeout;
    private volatile Set<String> readModels;

    ReadYourWrites(ProcessedPositions positions, EventProcessingConfiguration processing, EventStore eventStore,
                   ApplicationContext context, List<BlueGreenProjection> blueGreen,
                   @Value("${propcare.read-your-writes.timeout:PT5S}") Duration timeout) {
        this.positions = positions;
        this.processing = processing;
        this.eventStore = eventStore;
        this.context = context;
        this.blueGreen = blueGreen;
        this.timeout = timeout;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requested = requestedPosition(exchange);
        if (requested == null || exchange.getRequest().getMethod() != HttpMethod.GET
                || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        long position;
        try {
            position = Long.parseLong(requested.trim());
        } catch (NumberFormatException e) {
            position = -1;
        }
        if (position < 0) {
            return AccessProblems.write(exchange, HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                                        "A log position is a whole number from a command's answer",
                                        Map.of("field", PARAMETER));
        }
        long wanted = position;
        return until(() -> reactionsReached(wanted) ? Optional.of(Math.max(wanted, head())) : Optional.empty())
                .flatMap(consequences -> until(() -> Optional.of(true).filter(ok -> reached(consequences))))
                .timeout(timeout, Mono.just(false))
                .flatMap(reached -> reached ? chain.filter(exchange) : behind(exchange, wanted));
    }

    /** The check's answer once it has one, checked every {@link #CHECK_EVERY}; never interrupted midway. */
    private static <T> Mono<T> until(Supplier<Optional<T>> check) {
        return Mono.defer(() -> offEventLoop(check)).flatMap(Mono::justOrEmpty)
                   .repeatWhenEmpty(checks -> checks.delayElements(CHECK_EVERY));
    }

    /**
     * The reactions (the other streaming processors on this log: callback and visit triggers) have handled the
     * position, so what they set off is in the log by then: a read waits for that too.
     */
    private boolean reactionsReached(long position) {
        Set<String> ours = readModels();
        return positions.processors().stream().filter(name -> !ours.contains(name))
                        .allMatch(name -> tokens(name).values().stream()
                                                      .allMatch(token -> ProcessedPositions.covers(token, position)));
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : ProcessedPositions.position(head);
    }

    /**
     * Reads the positions on a worker thread; a check in flight when the wait ends is left to finish, never
     * interrupted (an interrupt would break its store connection).
     */
    private static <T> Mono<T> offEventLoop(Supplier<T> read) {
        return Mono.fromFuture(CompletableFuture.supplyAsync(read, task -> Schedulers.boundedElastic().schedule(task)),
                               true);
    }

    private static String requestedPosition(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HEADER);
        return header != null ? header : exchange.getRequest().getQueryParams().getFirst(PARAMETER);
    }

    private boolean reached(long position) {
        return serving().allMatch(name -> tokens(name).values().stream()
                                                      .allMatch(token -> ProcessedPositions.covers(token, position)));
    }

    /** Each segment's token: this instance's own for the segments it holds, else the one stored. */
    private Map<Integer, TrackingToken> tokens(String processorName) {
        Map<Integer, TrackingToken> tokens = new HashMap<>(positions.stored(processorName));
        processing.eventProcessor(processorName, StreamingEventProcessor.class).ifPresent(
                processor -> processor.processingStatus().forEach(
                        (segment, status) -> tokens.put(segment, status.getTrackingToken())));
        return tokens;
    }

    private Stream<String> serving() {
        Set<String> standby = standby();
        return readModels().stream().filter(name -> !standby.contains(name));
    }

    private Mono<Void> behind(ServerWebExchange exchange, long position) {
        return offEventLoop(() -> serving().flatMap(name -> tokens(name).values().stream())
                                           .mapToLong(ProcessedPositions::position).min().orElse(-1))
                .flatMap(lowest -> {
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
                    return AccessProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, BEHIND,
                                                "The read models have not reached log position " + position
                                                        + " within " + timeout.toMillis() + " ms",
                                                Map.of("logPosition", position, "reached", lowest,
                                                       "lag", Math.max(0, position - lowest)));
                });
    }

    private Set<String> standby() {
        Set<String> standby = new TreeSet<>();
        blueGreen.forEach(projection -> standby.add(projection.standbyProcessor()));
        return standby;
    }

    /** The processing groups of this side's projections (each group is its own processor). */
    private Set<String> readModels() {
        if (readModels == null) {
            Set<String> groups = new TreeSet<>();
            context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                   .map(Object::getClass)
                   .filter(type -> type.getPackageName().startsWith("com.propcare.query"))
                   .forEach(type -> groups.add(AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value()));
            readModels = Set.copyOf(groups);
        }
        return readModels;
    }
}
