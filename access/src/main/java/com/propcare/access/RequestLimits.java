package com.propcare.access;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits that keep one caller from exhausting the server: request bodies above a size (413, before they are read
 * when the length is declared, while streaming otherwise), requests per second per user (429), and open streams
 * (server-sent events, NDJSON feeds) per user (429). Runs after authentication, so limits are per user; requests
 * the security layer refused never reach it.
 */
class RequestLimits implements WebFilter {

    private static final Duration STREAM_RETRY = Duration.ofSeconds(5);

    private final long maxBodyBytes;
    private final int maxStreams;
    private final RateLimiterRegistry rates;
    private final Map<String, AtomicInteger> openStreams = new ConcurrentHashMap<>();

    RequestLimits(DataSize maxBody, int requestsPerSecond, int maxStreams) {
        this.maxBodyBytes = maxBody.toBytes();
        this.maxStreams = maxStreams;
        this.rates = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(requestsPerSecond)
                                                             .limitRefreshPeriod(Duration.ofSeconds(1))
                                                             .timeoutDuration(Duration.ZERO).build());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBodyBytes) {
            return tooLarge(exchange);
        }
        // the handler's completion is empty too, so "no user" is told apart before the chain runs, never after
        return exchange.getPrincipal().map(Principal::getName).map(Optional::of).defaultIfEmpty(Optional.empty())
                       .flatMap(user -> user.isPresent() ? limited(user.get(), exchange, chain) : chain.filter(exchange));
    }

    private Mono<Void> limited(String user, ServerWebExchange exchange, WebFilterChain chain) {
        RateLimiter rate = rates.rateLimiter(user);
        if (!rate.acquirePermission()) {
            return tooMany(exchange, Duration.ofSeconds(1), "REQUEST_RATE_EXCEEDED",
                           "More than " + rate.getRateLimiterConfig().getLimitForPeriod()
                                   + " requests per second for this user");
        }
        ServerWebExchange limited = exchange.mutate().request(new SizeLimited(exchange.getRequest())).build();
        if (!isStream(exchange)) {
            return chain.filter(limited);
        }
        AtomicInteger open = openStreams.computeIfAbsent(user, name -> new AtomicInteger());
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            return tooMany(exchange, STREAM_RETRY, "TOO_MANY_STREAMS",
                           "This user already has " + maxStreams + " open streams");
        }
        return chain.filter(limited).doFinally(signal -> open.decrementAndGet());
    }

    private static boolean isStream(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        return path.endsWith("/stream") || path.equals("/api/events")
                || exchange.getRequest().getHeaders().getAccept().contains(MediaType.TEXT_EVENT_STREAM);
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return AccessProblems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE",
                                    "Request bodies are limited to " + maxBodyBytes + " bytes", Map.of());
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, Duration retryAfter, String code, String detail) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
        return AccessProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, code, detail, Map.of());
    }

    /** Counts a body sent without a declared length and stops reading it at the limit. */
    private final class SizeLimited extends ServerHttpRequestDecorator {

        SizeLimited(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > maxBodyBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                                                           "Request bodies are limited to " + maxBodyBytes + " bytes"));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
