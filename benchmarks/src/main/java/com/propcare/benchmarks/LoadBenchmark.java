package com.propcare.benchmarks;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sustained mixed load on the whole system (both sides, the embedded store on an H2 file as the standalone demo
 * runs it, so that the heap shows the application and not the data): clients register complaints,
 * move them on with {@code If-Match}, list them and read dashboards while dashboard streams stay open, and now and
 * then two clients race the same transition with the same version (one must lose with 412). Prints latency per
 * operation, every status seen (anything but 2xx and the races' 412/409 is an error), and the heap after GC sampled
 * through the run.
 * <p>
 * Usage: {@code LoadBenchmark [quick|full]} (20 s or 180 s of load after a warm-up); loopback only.
 */
public final class LoadBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int OFFICES = 5;
    private static final int CLIENTS = 8;
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final String base;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();

    private LoadBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        boolean full = args.length > 0 && args[0].equals("full");
        int seconds = full ? 180 : 20;
        System.out.printf("propcare load benchmark — mode %s, %d clients, %d s; Java %s, %d cores, max heap %d MB%n",
                          full ? "full" : "quick", CLIENTS, seconds, System.getProperty("java.version"),
                          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (ConfigurableApplicationContext context = new SpringApplication(BenchmarkApps.WholeApp.class).run(
                BenchmarkApps.arguments("--server.port=0", "--propcare.mongodb.embedded=h2",
                                        "--propcare.mongodb.data-dir=" + Files.createTempDirectory("propcare-load"),
                                        "--propcare.mongodb.uri=", "--logging.level.root=ERROR"))) {
            EventStore events = context.getBean(EventStore.class);
            for (int office = 0; office < OFFICES; office++) {
                BenchmarkOffices.register(events, "load-" + office, "Office " + office, ZoneId.of("Asia/Shanghai"));
            }
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            new LoadBenchmark(base).run(5);
            LoadBenchmark measured = new LoadBenchmark(base);
            List<Long> heap = measured.run(seconds);
            measured.print(seconds, heap);
        }
    }

    /** Runs the load for so many seconds; answers the heap after GC, in MB, sampled every few seconds. */
    private List<Long> run(int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
        List<CompletableFuture<HttpResponse<Void>>> streams = new ArrayList<>();
        for (int office = 0; office < 2; office++) {
            streams.add(HTTP.sendAsync(BenchmarkApps.request(base + "/api/offices/load-" + office
                                                                     + "/dashboard/pending/stream")
                                                    .header("Accept", "text/event-stream").build(),
                                       HttpResponse.BodyHandlers.discarding()));
        }
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int number = client;
            clients.add(CompletableFuture.runAsync(() -> {
                for (int round = 0; running.get(); round++) {
                    iteration("load-" + ((number + round) % OFFICES), round % 5 == 0, pool);
                }
            }, pool));
        }
        List<Long> heap = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            System.gc();
            heap.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        }
        running.set(false);
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
        streams.forEach(stream -> stream.cancel(true));
        pool.shutdownNow();
        return heap;
    }

    private void iteration(String office, boolean race, ExecutorService pool) {
        HttpResponse<String> registered = call("register", BenchmarkApps.request(base + "/api/complaints")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"CLEANING",
                         "summary":"Corridor","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"%s"}"""
                                                                  .formatted(office, BenchmarkOffices.household(
                                                                          office, System.nanoTime()),
                                                                             BenchmarkOffices.clerk(office)))));
        Matcher id = ID.matcher(registered == null ? "" : registered.body());
        if (id.find()) {
            String complaint = base + "/api/complaints/" + id.group(1);
            call("transition", transition(complaint + "/verify", "0",
                                          "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}"));
            if (race) {
                String classify = "{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}";
                CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(
                        () -> call("race", transition(complaint + "/classify", "1", classify)), pool);
                call("race", transition(complaint + "/classify", "1", classify));
                other.join();
            }
        }
        call("list", BenchmarkApps.request(base + "/api/complaints?office=" + office + "&size=20").GET());
        call("dashboard", BenchmarkApps.request(base + "/api/offices/" + office + "/dashboard/pending").GET());
    }

    private static HttpRequest.Builder transition(String uri, String version, String body) {
        return BenchmarkApps.request(uri).header("Content-Type", "application/json")
                            .header("If-Match", "\"" + version + "\"")
                            .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> call(String operation, HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            statuses.computeIfAbsent(operation, name -> new ConcurrentHashMap<>())
                    .computeIfAbsent(-1, status -> new AtomicInteger()).incrementAndGet();
            return null;
        }
        latencies.computeIfAbsent(operation, name -> Collections.synchronizedList(new ArrayList<>()))
                 .add(System.nanoTime() - start);
        statuses.computeIfAbsent(operation, name -> new ConcurrentHashMap<>())
                .computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
        return response;
    }

    private void print(int seconds, List<Long> heap) {
        System.out.printf("%-11s %8s %8s %9s %9s %9s %9s  %s%n", "operation", "count", "per s", "p50 ms", "p95 ms",
                          "p99 ms", "max ms", "statuses");
        int errors = 0;
        for (String operation : new TreeMap<>(latencies).keySet()) {
            List<Long> sorted = new ArrayList<>(latencies.get(operation));
            Collections.sort(sorted);
            Map<Integer, Integer> seen = new TreeMap<>();
            statuses.get(operation).forEach((status, count) -> seen.put(status, count.get()));
            for (Map.Entry<Integer, Integer> status : seen.entrySet()) {
                boolean expected = status.getKey() / 100 == 2
                        || operation.equals("race") && (status.getKey() == 412 || status.getKey() == 409);
                errors += expected ? 0 : status.getValue();
            }
            System.out.printf("%-11s %8d %8.1f %9.1f %9.1f %9.1f %9.1f  %s%n", operation, sorted.size(),
                              sorted.size() / (double) seconds, Stats.millisAt(sorted, 0.50),
                              Stats.millisAt(sorted, 0.95), Stats.millisAt(sorted, 0.99),
                              sorted.get(sorted.size() - 1) / 1e6, seen);
        }
        System.out.printf("unexpected statuses: %d; heap after GC (MB) first %d, min %d, max %d, last %d over %d "
                                  + "samples%n", errors, heap.get(0), Collections.min(heap), Collections.max(heap),
                          heap.get(heap.size() - 1), heap.size());
    }
}
