package com.propcare.query.feed;

import com.propcare.access.OfficeAccess;
import com.propcare.access.OfficeHidden;
import com.propcare.query.ledger.EventFeed;
import com.propcare.query.ledger.FeedEvent;
import com.propcare.query.ledger.FeedFilter;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.Parameters;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The integrators' feed: every event in global order as CloudEvents JSON, over Server-Sent Events (default) or
 * NDJSON ({@code Accept: application/x-ndjson}), resumable with {@code after} or {@code Last-Event-ID}.
 * <p>
 * The body is framed here, batch by batch: a CloudEvent is one line of JSON, so {@code id:}/{@code data:} framing
 * cannot be broken by what a payload holds. Each batch is flushed as it is written; heartbeats ({@code :} comments,
 * or empty lines in NDJSON) keep idle connections open and let a vanished client be noticed.
 */
@RestController
class EventFeedController {

    static final MediaType NDJSON = MediaType.APPLICATION_NDJSON;
    private static final byte[] SSE_HEARTBEAT = ":heartbeat\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NDJSON_HEARTBEAT = "\n".getBytes(StandardCharsets.UTF_8);

    private final EventFeed feed;
    private final CloudEventJson cloudEvents;
    private final EventSchemas schemas;
    private final Duration heartbeat;
    private final OfficeAccess access;

    EventFeedController(EventFeed feed, CloudEventJson cloudEvents, EventSchemas schemas,
                        @Value("${propcare.feed.heartbeat:PT15S}") Duration heartbeat, OfficeAccess access) {
        this.feed = feed;
        this.access = access;
        this.cloudEvents = cloudEvents;
        this.schemas = schemas;
        this.heartbeat = heartbeat;
    }

    @GetMapping("/api/events")
    @Operation(summary = "The event feed from a position (after= or Last-Event-ID), as SSE or NDJSON, filtered")
    Mono<Void> events(ServerWebExchange exchange, @RequestParam(required = false) String after,
                      @RequestParam(required = false) String types, @RequestParam(required = false) String office,
                      @RequestParam(required = false) String aggregate,
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        List<Violation> violations = new ArrayList<>();
        Long resumeAfter = Parameters.position("Last-Event-ID", lastEventId, violations);
        Long afterParameter = Parameters.position("after", after, violations);
        Set<String> wantedTypes = types(types, violations);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidParameters(violations));
        }
        long start = resumeAfter != null ? resumeAfter : afterParameter != null ? afterParameter : 0;
        return access.currentUser().flatMap(user -> {
            String wantedOffice = blankToNull(office);
            if (wantedOffice != null && !user.sees(wantedOffice)) {
                return Mono.error(new OfficeHidden("OFFICE", wantedOffice));
            }
            Set<String> offices = wantedOffice != null ? Set.of(wantedOffice)
                                  : user.allOffices() ? Set.of() : user.offices();
            return stream(exchange, start, new FeedFilter(wantedTypes, offices, blankToNull(aggregate)));
        });
    }

    private Mono<Void> stream(ServerWebExchange exchange, long start, FeedFilter filter) {
        boolean ndjson = exchange.getRequest().getHeaders().getAccept().stream()
                                 .anyMatch(accepted -> !accepted.isWildcardType() && NDJSON.isCompatibleWith(accepted));
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().setContentType(ndjson ? NDJSON : MediaType.TEXT_EVENT_STREAM);
        response.getHeaders().setCacheControl("no-store");
        DataBufferFactory buffers = response.bufferFactory();
        // each group is read when the server subscribes to it, which it does once the previous one was written
        Flux<Mono<DataBuffer>> groups = Flux.merge(
                feed.follow(start, filter).map(read -> read.filter(batch -> !batch.isEmpty()).map(
                        batch -> buffers.wrap(ndjson ? ndjsonLines(batch) : sseEvents(batch)))),
                Flux.interval(heartbeat).onBackpressureDrop()
                    .map(tick -> Mono.fromSupplier(() -> buffers.wrap(ndjson ? NDJSON_HEARTBEAT : SSE_HEARTBEAT))));
        return response.writeAndFlushWith(groups);
    }

    @GetMapping("/api/events/schemas")
    @Operation(summary = "Every published event type with its schema revision")
    Map<String, Object> schemas() {
        List<Map<String, String>> types = new ArrayList<>();
        schemas.catalogue().forEach((type, revision) -> types.add(Map.of("type", type, "revision", revision,
                                                                         "schema", "/api/events/schemas/" + type)));
        return Map.of("specversion", "1.0", "datacontenttype", "application/json", "types", types);
    }

    @GetMapping("/api/events/schemas/{type}")
    @Operation(summary = "One event type's JSON Schema (draft 2020-12)")
    ResponseEntity<String> schema(@PathVariable String type) {
        String schema = schemas.schema(type).orElseThrow(
                () -> new ResourceNotFound("EVENT_TYPE_NOT_FOUND", "No event type " + type));
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/schema+json")).body(schema);
    }

    private byte[] sseEvents(List<FeedEvent> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 512);
        for (FeedEvent event : batch) {
            out.writeBytes(("id: " + event.entry().position() + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(cloudEvents.write(event));
            out.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private byte[] ndjsonLines(List<FeedEvent> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 512);
        for (FeedEvent event : batch) {
            out.writeBytes(cloudEvents.write(event));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private Set<String> types(String text, List<Violation> violations) {
        if (Parameters.isBlank(text)) {
            return Set.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : Arrays.stream(text.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList()) {
            if (!schemas.knows(type)) {
                violations.add(new Violation("types", "event types listed at /api/events/schemas; unknown: " + type));
            }
            types.add(type);
        }
        return types;
    }

    private static String blankToNull(String text) {
        return Parameters.isBlank(text) ? null : text.trim();
    }
}
