package com.propcare.query.support;

import com.propcare.access.AccessProblems;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read names only parameters its route knows: {@code GET /api/complaints?officeId=p1} is a 400 naming
 * {@code officeId} and the spelling the route uses ({@code office}), not an answer for every office the user may
 * see. The known names are read from the route's handler: its request parameters and the fields of the record its
 * filters bind to, and {@code logPosition} (read your writes), which every read takes.
 */
@Component
class KnownParameters implements WebFilter {

    private final RequestMappingHandlerMapping routes;
    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    KnownParameters(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) {
        this.routes = routes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET || exchange.getRequest().getQueryParams().isEmpty()
                || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return routes.getHandler(exchange)
                     .filter(HandlerMethod.class::isInstance)
                     .map(handler -> known.computeIfAbsent((HandlerMethod) handler, KnownParameters::namesOf))
                     .flatMap(names -> exchange.getRequest().getQueryParams().keySet().stream()
                                               .filter(name -> !names.contains(name)).findFirst()
                                               .map(unknown -> refuse(exchange, unknown, names))
                                               .orElse(Mono.empty()))
                     .switchIfEmpty(Mono.defer(() -> chain.filter(exchange)));
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, String unknown, Set<String> names) {
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("field", unknown);
        spelling(unknown, names).ifPresent(right -> more.put("didYouMean", right));
        more.put("known", names);
        return AccessProblems.write(exchange, HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                                    "This route takes no parameter " + unknown
                                            + spelling(unknown, names).map(right -> "; did you mean " + right + "?")
                                                                      .orElse(""), more);
    }

    /** A known name the unknown one differs from by an {@code Id} suffix, case, or a letter or two. */
    static Optional<String> spelling(String unknown, Set<String> names) {
        String plain = unknown.toLowerCase().replaceAll("id$", "");
        return names.stream().filter(name -> {
            String other = name.toLowerCase().replaceAll("id$", "");
            return other.equals(plain) || distance(other, plain) <= 2;
        }).findFirst();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    private static Set<String> namesOf(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        names.add(ReadYourWrites.PARAMETER);
        if (CsvExports.exportable(answered(handler))) {
            names.add(ExportConfiguration.FORMAT);
            names.add(ExportConfiguration.LANGUAGE);
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (parameter.getParameterType().isRecord() && !parameter.hasParameterAnnotation(PathVariable.class)
                    && !parameter.hasParameterAnnotation(RequestBody.class)
                    && !parameter.hasParameterAnnotation(RequestHeader.class)) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return Set.copyOf(names);
    }

    /** What the handler answers, inside its Mono or ResponseEntity. */
    static Class<?> answered(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        while (type.hasGenerics() && (Publisher.class.isAssignableFrom(type.toClass())
                || ResponseEntity.class.isAssignableFrom(type.toClass()))) {
            type = type.getGeneric(0);
        }
        return type.toClass();
    }
}
