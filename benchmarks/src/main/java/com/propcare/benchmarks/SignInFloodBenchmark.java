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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flood of wrong passwords must not slow signed-in users: a client with a sign-in token reads who it is over and
 * over, first alone, then while {@value #GUESSERS} clients send wrong HTTP Basic passwords for a handful of accounts,
 * {@value #GUESSES_PER_SECOND} a second in all (ten times what the unthrottled server could hash), then as fast as
 * they are answered. Printed: the signed-in client's p50 and p95 in each phase and their ratios to the client alone
 * (the goal: p95 within 2x during the paced flood), and how the guesses were answered (401 while counted, 429 once
 * locked). The unpaced flood saturates both cores with HTTP alone; it is printed to show what is left then.
 *
 * <p>Usage: {@code SignInFloodBenchmark [smoke|quick|full]}.
 */
public final class SignInFloodBenchmark {

    private static final int GUESSERS = 32;
    private static final int ACCOUNTS = 4;
    private static final int GUESSES_PER_SECOND = 200;
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

            Map<Integer, Integer> paced = new ConcurrentHashMap<>();
            List<Long> duringPaced = whileGuessing(base, token, samples, GUESSES_PER_SECOND, paced);
            Map<Integer, Integer> unpaced = new ConcurrentHashMap<>();
            List<Long> duringUnpaced = whileGuessing(base, token, samples, 0, unpaced);

            double idle50 = Stats.millisAt(idle, 0.5);
            double idle95 = Stats.millisAt(idle, 0.95);
            System.out.printf("%n| signed-in client (GET /api/session) | p50 | p95 | p50 / alone | p95 / alone |%n"
                                      + "|---|---|---|---|---|%n| alone | %.2f ms | %.2f ms | 1 | 1 |%n",
                              idle50, idle95);
            row("during " + GUESSES_PER_SECOND + " wrong passwords/s", duringPaced, idle50, idle95);
            row("during wrong passwords as fast as answered", duringUnpaced, idle50, idle95);
            double ratio = Stats.millisAt(duringPaced, 0.95) / idle95;
            System.out.printf("%nwrong passwords answered (status → count): paced %s, unpaced %s%n"
                                      + "goal, p95 within 2x of alone during the paced flood: %s (%.2f)%n",
                              new TreeMap<>(paced), new TreeMap<>(unpaced), ratio <= 2 ? "met" : "NOT MET", ratio);
        }
    }

    private static void row(String phase, List<Long> nanos, double idle50, double idle95) {
        double p50 = Stats.millisAt(nanos, 0.5);
        double p95 = Stats.millisAt(nanos, 0.95);
        System.out.printf("| %s | %.2f ms | %.2f ms | %.2f | %.2f |%n", phase, p50, p95, p50 / idle50, p95 / idle95);
    }

    /** The signed-in client's figures while the guessers send so many a second in all (0: as fast as answered). */
    private static List<Long> whileGuessing(String base, String token, int samples, int perSecond,
                                            Map<Integer, Integer> answers) throws Exception {
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService guessers = Executors.newFixedThreadPool(GUESSERS);
        long intervalNanos = perSecond == 0 ? 0 : 1_000_000_000L * GUESSERS / perSecond;
        for (int guesser = 0; guesser < GUESSERS; guesser++) {
            int account = guesser % ACCOUNTS;
            guessers.submit(() -> {
                long next = System.nanoTime();
                for (int attempt = 0; flooding.get(); attempt++) {
                    answers.merge(guess(base, "guessed-" + account, "guess-" + attempt), 1, Integer::sum);
                    next += intervalNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                return null;
            });
        }
        try {
            return measure(base, token, samples);
        } finally {
            flooding.set(false);
            guessers.shutdown();
            guessers.awaitTermination(30, TimeUnit.SECONDS);
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
