package com.propcare.benchmarks;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flood of wrong passwords must not slow signed-in users: a client with a sign-in token reads who it is over and
 * over, first alone, then while {@value #GUESSERS} clients send wrong HTTP Basic passwords for a handful of accounts
 * as fast as they are answered. Printed: the signed-in client's p50 and p95 in both phases and their ratio (the goal
 * is a p95 within 2x of the idle one), and how the guesses were answered (401 while counted, 429 once locked).
 *
 * <p>Usage: {@code SignInFloodBenchmark [smoke|quick|full]}.
 */
public final class SignInFloodBenchmark {

    private static final int GUESSERS = 32;
    private static final int ACCOUNTS = 4;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SignInFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Mode mode = Mode.of(args);
        int samples = mode.pick(200, 1_000, 3_000);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--propcare.mongodb.embedded=memory",
                                                         "--propcare.mongodb.uri=", "--logging.level.root=ERROR"));
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("the-right-password");
        for (int account = 0; account < ACCOUNTS; account++) {
            arguments.add("--propcare.security.users.guessed-" + account + ".password=" + hash);
            arguments.add("--propcare.security.users.guessed-" + account + ".roles=CLERK");
            arguments.add("--propcare.security.users.guessed-" + account + ".offices=office-1");
        }
        System.out.printf("propcare sign-in flood benchmark — mode %s, %d samples per phase, %d guessing clients; "
                                  + "Java %s, %d cores%n", mode.label(), samples, GUESSERS,
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext context = new SpringApplication(BenchmarkApps.QueryApp.class).run(
                BenchmarkApps.arguments(arguments.toArray(String[]::new)))) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            String token = signIn(base);
            measure(base, token, samples / 4);
            List<Long> idle = measure(base, token, samples);

            Map<Integer, Integer> answers = new ConcurrentHashMap<>();
            AtomicBoolean flooding = new AtomicBoolean(true);
            ExecutorService guessers = Executors.newFixedThreadPool(GUESSERS);
            for (int guesser = 0; guesser < GUESSERS; guesser++) {
                int account = guesser % ACCOUNTS;
                guessers.submit(() -> {
                    for (int attempt = 0; flooding.get(); attempt++) {
                        answers.merge(guess(base, "guessed-" + account, "guess-" + attempt), 1, Integer::sum);
                    }
                    return null;
                });
            }
            List<Long> flooded = measure(base, token, samples);
            flooding.set(false);
            guessers.shutdown();
            guessers.awaitTermination(30, TimeUnit.SECONDS);

            double idle95 = Stats.millisAt(idle, 0.95);
            double flooded95 = Stats.millisAt(flooded, 0.95);
            System.out.printf("%n| signed-in client (GET /api/session) | p50 | p95 |%n|---|---|---|%n"
                                      + "| alone | %.2f ms | %.2f ms |%n| during the flood | %.2f ms | %.2f ms |%n"
                                      + "| ratio (flood / alone) | %.2f | %.2f |%n",
                              Stats.millisAt(idle, 0.5), idle95, Stats.millisAt(flooded, 0.5), flooded95,
                              Stats.millisAt(flooded, 0.5) / Stats.millisAt(idle, 0.5), flooded95 / idle95);
            System.out.printf("%nwrong passwords answered: %s (status → count); goal p95 ratio ≤ 2: %s%n",
                              new java.util.TreeMap<>(answers), flooded95 / idle95 <= 2 ? "met" : "NOT MET");
        }
    }

    private static String signIn(String base) throws Exception {
        String body = HTTP.send(BenchmarkApps.request(base + "/api/session").POST(HttpRequest.BodyPublishers.noBody())
                                             .build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceFirst(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static List<Long> measure(String base, String token, int samples) throws Exception {
        List<Long> nanos = new ArrayList<>(samples);
        HttpRequest me = HttpRequest.newBuilder(URI.create(base + "/api/session"))
                                    .header("Authorization", "Bearer " + token).build();
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            int status = HTTP.send(me, HttpResponse.BodyHandlers.discarding()).statusCode();
            nanos.add(System.nanoTime() - started);
            if (status != 200) {
                throw new IllegalStateException("The signed-in client was answered " + status);
            }
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static int guess(String base, String account, String password) {
        String basic = Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                                        .header("Authorization", "Basic " + basic).build(),
                             HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
