package com.propcare.benchmarks;

import com.propcare.access.Role;
import com.propcare.access.Tokens;
import com.propcare.command.CommandSide;
import com.propcare.query.QuerySide;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The applications the benchmarks start (the query side alone, or both sides in one process), started with a
 * benchmark user of every role and office whose API token every request carries, and without rate limits.
 */
final class BenchmarkApps {

    private static final String TOKEN = "benchmark-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BenchmarkApps() {
    }

    /** The application's arguments plus the benchmark user's. */
    static String[] arguments(String... own) {
        List<String> arguments = new ArrayList<>(List.of(own));
        arguments.addAll(List.of("--propcare.security.users.benchmark.token-sha256=" + Tokens.sha256(TOKEN),
                                 "--propcare.security.users.benchmark.roles=" + Arrays.stream(Role.values())
                                                                                      .map(Role::name)
                                                                                      .collect(Collectors.joining(",")),
                                 "--propcare.security.users.benchmark.offices=*",
                                 "--propcare.limits.requests-per-second=1000000",
                                 "--propcare.limits.streams-per-user=10000"));
        return arguments.toArray(String[]::new);
    }

    /** A request that carries the benchmark user's token. */
    static HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + TOKEN);
    }

    /** A GET as the benchmark user; the body as text, whatever the status. */
    static String get(String uri) throws IOException, InterruptedException {
        return HTTP.send(request(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(QuerySide.class)
    static class QueryApp {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({CommandSide.class, QuerySide.class})
    static class WholeApp {
    }
}
