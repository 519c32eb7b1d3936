package com.propcare.benchmarks;

import com.propcare.eventstore.EmbeddedMongoServer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dashboards at scale. Part 1 (query side only): a log of {@code complaints} complaints with their callbacks
 * (9 events each on average, ≈1 million events for 100,000) is appended, the read models catch up, and every
 * dashboard query is timed over HTTP; then the dashboards are rebuilt from the log beside the live copy. Part 2
 * (both sides): complaints are registered over HTTP at a fixed rate while a client follows an office's pending-work
 * feed; the time from a command's acknowledgement to the feed showing it is measured.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks exec:exec -Dexec.executable=java
 * -Dexec.args="-cp %classpath com.propcare.benchmarks.DashboardBenchmark quick|full [all|queries-only|live-only]
 * [commands per second]"}.
 */
public final class DashboardBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int OFFICES = ComplaintHistory.OFFICES;
    private static final Pattern OPEN = Pattern.compile("\"name\":\"FIRST_REPLY\",\"open\":(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = args.length > 0 && args[0].equals("full");
        int complaints = full ? 100_000 : 10_000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = full ? 30 : 10;
        System.out.printf("propcare dashboard benchmark — mode %s, %,d complaints, store %s; Java %s, %d cores%n",
                          full ? "full" : "quick", complaints,
                          System.getenv("MONGODB_URI") == null ? "embedded (memory)" : "MONGODB_URI",
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        String part = args.length > 1 ? args[1] : "all";
        if (!part.equals("live-only")) {
            queries(complaints);
        }
        if (!part.equals("queries-only")) {
            liveFeed(rate, seconds);
        }
        System.exit(0);
    }

    /** Command-line arguments, because they outrank the sides' own property files. */
    private static ConfigurableApplicationContext start(Class<?> app, String database, String uri) {
        return new SpringApplication(app).run(BenchmarkApps.arguments("--server.port=0", "--propcare.mongodb.embedded=memory",
                                              "--propcare.mongodb.uri=" + (uri == null ? "" : uri),
                                              "--propcare.mongodb.database=" + database,
                                              "--logging.level.root=WARN", "--propcare.metrics.refresh-interval=PT1H"));
    }

    // ---- part 1

    private static void queries(int complaints) throws Exception {
        String uri = System.getenv("MONGODB_URI");
        EmbeddedMongoServer server = uri == null ? EmbeddedMongoServer.inMemory() : null;
        String connection = uri == null ? server.connectionString() : uri;
        String database = "bench_dashboards_" + System.nanoTime();
        long appended = Preload.into(connection, database, events -> load(events, complaints));
        long replayStarted = System.nanoTime();
        try (ConfigurableApplicationContext context = start(BenchmarkApps.QueryApp.class, database, connection)) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            // the dashboards alone: the other read models would compete for the two cores of the machine
            context.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
                if (!name.startsWith("dashboards")) {
                    processor.shutDown();
                }
            });
            double catchUp = waitForCatchUp(base, replayStarted, appended);
            System.out.printf("dashboards replayed the whole log in %.1f s from application start (%,.0f events/s; "
                                      + "the other read models stopped)%n", catchUp, appended / catchUp);

            String month = "2026-06";
            Map<String, String> uris = new LinkedHashMap<>();
            uris.put("pending work of one office", "/api/offices/office-7/dashboard/pending");
            uris.put("rates of one office for a month", "/api/offices/office-7/dashboard/rates?month=" + month);
            uris.put("company dashboard (20 offices)", "/api/dashboard?month=" + month);
            uris.put("monthly bulletin", "/api/offices/office-7/bulletins/" + month);
            uris.put("half-year recurring problems", "/api/offices/office-7/recurring-problems?half=2026-H1");
            System.out.printf("%n| dashboard query (HTTP, %,d complaints) | p50 | p95 | p99 | max |%n|---|---|---|---|---|%n",
                              complaints);
            for (Map.Entry<String, String> query : uris.entrySet()) {
                for (int i = 0; i < 50; i++) {
                    get(base + query.getValue());
                }
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    long t0 = System.nanoTime();
                    get(base + query.getValue());
                    times.add(System.nanoTime() - t0);
                }
                System.out.printf("| %s | %s |%n", query.getKey(), percentiles(times));
            }

            long rebuildStarted = System.nanoTime();
            post(base + "/api/admin/projections/dashboards/rebuild");
            String status;
            do {
                Thread.sleep(500);
                status = get(base + "/api/admin/projections/dashboards");
            } while (!status.contains("\"state\":\"DONE\""));
            double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
            System.out.printf("%nrebuild of the dashboards (blue/green, old copy serving): %,d events in %.1f s = "
                                      + "%,.0f events/s (status: %s)%n", appended, rebuildSeconds,
                              appended / rebuildSeconds, status);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static long load(Consumer<List<EventMessage<?>>> events, int complaints) {
        long count = ComplaintHistory.offices(events);
        for (int n = 0; n < complaints; n++) {
            for (List<EventMessage<?>> commit : ComplaintHistory.complaint(n, complaints)) {
                events.accept(commit);
                count += commit.size();
            }
        }
        return count;
    }

    /** Until the dashboards' position has reached the log's head (the head must be the whole log). */
    private static double waitForCatchUp(String base, long startedNanos, long events) throws Exception {
        Pattern positions = Pattern.compile(
                "\"name\":\"dashboards\",\"processor\":\"[^\"]+\",\"running\":\\w+,\"position\":(\\d+),\"head\":(\\d+)");
        while (true) {
            String all = get(base + "/api/admin/projections");
            Matcher matcher = positions.matcher(all);
            boolean caughtUp = true;
            int found = 0;
            while (matcher.find()) {
                found++;
                long position = Long.parseLong(matcher.group(1));
                long head = Long.parseLong(matcher.group(2));
                caughtUp &= head >= events && position >= head;
            }
            if (found > 0 && caughtUp) {
                return (System.nanoTime() - startedNanos) / 1e9;
            }
            Thread.sleep(250);
        }
    }

    // ---- part 2

    private static void liveFeed(int rate, int seconds) throws Exception {
        String database = "bench_live_" + System.nanoTime();
        try (ConfigurableApplicationContext context = start(BenchmarkApps.WholeApp.class, database,
                                                            System.getenv("MONGODB_URI"))) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            EventStore events = context.getBean(EventStore.class);
            for (int office = 0; office < OFFICES; office++) {
                BenchmarkOffices.register(events, "live-" + office, "Live " + office, ZONE);
            }
            while (HTTP.send(BenchmarkApps.request(base + "/api/offices/live-0/dashboard/pending").build(),
                             HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                Thread.sleep(50);
            }
            List<long[]> seen = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> follow(base + "/api/offices/live-0/dashboard/pending/stream?limit=1",
                                                    seen), "sse-reader");
            reader.setDaemon(true);
            reader.start();
            while (seen.isEmpty()) {
                Thread.sleep(50);
            }
            ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
            AtomicInteger failures = new AtomicInteger();
            ScheduledExecutorService sender = Executors.newScheduledThreadPool(4);
            int total = rate * seconds;
            AtomicInteger sent = new AtomicInteger();
            long periodMicros = 1_000_000L / rate;
            sender.scheduleAtFixedRate(() -> {
                int n = sent.getAndIncrement();
                if (n >= total) {
                    return;
                }
                String office = "live-" + n % OFFICES;
                String body = "{\"officeId\":\"" + office + "\",\"channel\":\"PHONE\",\"householdId\":\""
                        + BenchmarkOffices.household(office, n / OFFICES)
                        + "\",\"category\":\"CLEANING\",\"summary\":\"corridor\",\"receivedAt\":\""
                        + Instant.now().minusSeconds(60) + "\",\"receivedBy\":\"" + BenchmarkOffices.clerk(office)
                        + "\"}";
                HTTP.sendAsync(BenchmarkApps.request(base + "/api/complaints")
                                          .header("Content-Type", "application/json")
                                          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                               HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error == null && response.statusCode() / 100 == 2) {
                            if (n % OFFICES == 0) {
                                acks.add(System.nanoTime());
                            }
                        } else {
                            failures.incrementAndGet();
                        }
                    });
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds + 30).toNanos();
            while ((seen.isEmpty() || seen.get(seen.size() - 1)[1] < acks.size() || sent.get() < total)
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            sender.shutdownNow();
            List<Long> ackTimes = new ArrayList<>(acks);
            Collections.sort(ackTimes);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < ackTimes.size(); i++) {
                int needed = i + 1;
                long shownAt = seen.stream().filter(event -> event[1] >= needed).mapToLong(event -> event[0])
                                   .min().orElse(Long.MAX_VALUE);
                latencies.add(Math.max(0, shownAt - ackTimes.get(i)));
            }
            System.out.printf("%nlive feed: %,d complaints registered over HTTP at %d/s for %d s across %d offices (%d "
                                      + "failed); the pending-work feed of one office sent %,d updates for its %,d%n",
                              total, rate, seconds, OFFICES, failures.get(), seen.size(), ackTimes.size());
            System.out.printf("| command acknowledged → shown on the SSE feed | p50 | p95 | p99 | max |%n"
                                      + "|---|---|---|---|---|%n| %d commands/s | %s |%n", rate,
                              percentiles(latencies));
        }
    }

    private static void follow(String uri, List<long[]> seen) {
        try {
            HttpResponse<InputStream> response = HTTP.send(
                    BenchmarkApps.request(uri).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                                                                                 StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        Matcher open = OPEN.matcher(line);
                        seen.add(new long[]{System.nanoTime(), open.find() ? Long.parseLong(open.group(1)) : 0});
                    }
                }
            }
        } catch (Exception e) {
            System.err.println("feed ended: " + e);
        }
    }

    // ---- helpers

    private static String get(String uri) throws Exception {
        HttpResponse<String> response = HTTP.send(BenchmarkApps.request(uri).build(),
                                                  HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void post(String uri) throws Exception {
        HTTP.send(BenchmarkApps.request(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                  HttpResponse.BodyHandlers.ofString());
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%.1f ms | %.1f ms | %.1f ms | %.1f ms", Stats.millisAt(sorted, 0.50),
                             Stats.millisAt(sorted, 0.95), Stats.millisAt(sorted, 0.99),
                             sorted.get(sorted.size() - 1) / 1e6);
    }
}
