package com.propcare.standalone;

import com.propcare.access.RouteRule;
import com.propcare.access.RouteRules;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API's routes as the application serves them, read from its handler mapping. */
final class ApiRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private ApiRoutes() {
    }

    record Route(HttpMethod method, String pattern) {

        /** The pattern with each variable replaced by the value the function gives for its name. */
        String path(Function<String, String> values) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(values.apply(matcher.group(1))));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        boolean changes() {
            return !method.equals(HttpMethod.GET);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** The rule Spring Security applies to a route: the first whose method and pattern match, in declaration order. */
    static Optional<RouteRule> ruleOf(List<RouteRules> tables, Route route) {
        PathContainer path = PathContainer.parsePath(route.pattern());
        return tables.stream().flatMap(table -> table.rules().stream())
                     .filter(rule -> rule.method().equals(route.method())
                             && PathPatternParser.defaultInstance.parse(rule.pattern()).matches(path))
                     .findFirst();
    }

    /** The routes whose handler reads its body as an object: where a body could name who acts. */
    static List<Route> readingBodies(ApplicationContext context) {
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping",
                                                                RequestMappingHandlerMapping.class);
        Set<String> reading = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean body = Arrays.stream(handler.getMethodParameters())
                                           .anyMatch(parameter -> parameter.hasParameterAnnotation(
                                                   RequestBody.class));
            if (body) {
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    info.getMethodsCondition().getMethods().forEach(
                            method -> reading.add(method + " " + pattern.getPatternString()));
                }
            }
        });
        return of(context).stream().filter(route -> reading.contains(route.toString())).toList();
    }

    static List<Route> of(ApplicationContext context) {
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping",
                                                                RequestMappingHandlerMapping.class);
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                if (!pattern.getPatternString().startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    if (seen.add(method + " " + pattern.getPatternString())) {
                        routes.add(new Route(method.asHttpMethod(), pattern.getPatternString()));
                    }
                }
            }
        }
        return routes;
    }
}
