package com.propcare.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refusals of the security layer as RFC 9457 problems, shaped like every other problem of the API: 401 without
 * (valid) credentials, 403 for a role that may not use the route, 404 for another office's data, 400 when a user
 * of specific offices names none.
 */
public class AccessProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refusal) {
        if (refusal instanceof SignInThrottled throttled) {
            long seconds = throttled.retryAfterSeconds();
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            return write(exchange, HttpStatus.TOO_MANY_REQUESTS, "SIGN_IN_LOCKED",
                         "Too many failed sign-ins for this account or from this address; try again in " + seconds
                                 + " s", Map.of("retryAfterSeconds", seconds));
        }
        // a page's own requests say so: a Basic challenge would make the browser open its password dialog
        if (!"XMLHttpRequest".equals(exchange.getRequest().getHeaders().getFirst("X-Requested-With"))) {
            exchange.getResponse().getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"propcare\"");
        }
        exchange.getResponse().getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"propcare\"");
        if (refusal instanceof AccountInactive) {
            return write(exchange, HttpStatus.UNAUTHORIZED, "ACCOUNT_INACTIVE", refusal.getMessage(), Map.of());
        }
        return write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                     "Sign in with HTTP Basic, a sign-in token or an API token (Authorization: Bearer …)", Map.of());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException refusal) {
        if (refusal instanceof OfficeHidden hidden) {
            return write(exchange, HttpStatus.NOT_FOUND, hidden.code(), hidden.getMessage(), Map.of());
        }
        if (refusal instanceof OfficeRequired required) {
            return write(exchange, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", required.getMessage(),
                         Map.of("errors", List.of(Map.of("field", required.parameter(), "rule", "Required",
                                                         "message", required.getMessage()))));
        }
        return write(exchange, HttpStatus.FORBIDDEN, "FORBIDDEN", "Your roles do not allow this request", Map.of());
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String detail,
                            Map<String, Object> more) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        problem.put("code", code);
        problem.putAll(more);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory()
                                                                  .wrap(JSON.writeValueAsBytes(problem))));
    }
}
