package com.propcare.benchmarks;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole system on one machine, both sides in one application on the embedded store: commands end to end over
 * HTTP at a fixed concurrency, the complaint read model's lag at a steady command rate, a full rebuild of every
 * read model, and the heap afterwards.
 * <p>
 * Usage: {@code SystemBenchmark [smoke|quick|full]}; with {@code MONGODB_URI} set it runs against that server.
 */
public final class SystemBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int OFFICES = 20;
    private static final int CONCURRENCY = 16;
    /** A rate this machine carries with both sides on it, and the 500. */
    private static final int[] STEADY_RATES = {100, 500};
    private static final String COMPLAINTS = "complaint-views";

    private SystemBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Mode mode = Mode.of(args);
        int seconds = mode.pick(1, 8, 30);
        String uri = System.getenv("MONGODB_URI");
        System.out.printf("propcare system benchmark — mode %s, store %s; Java %s, %d cores%n",
                          mode.label(), uri == null ? "embedded (memory)" : "MONGODB_URI",
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext context = new SpringApplication(BenchmarkApps.WholeApp.class).run(BenchmarkApps.arguments(
                "--server.port=0", "--propcare.mongodb.embedded=memory",
                "--propcare.mongodb.uri=" + (uri == null ? "" : uri),
                "--propcare.mongodb.database=bench_system_" + System.nanoTime(), "--logging.level.root=WARN",
                "--propcare.metrics.refresh-interval=PT1H"))) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            EventStore events = context.getBean(EventStore.class);
            for (int office = 0; office < OFFICES; office++) {
                BenchmarkOffices.register(events, "office-" + office, "Office " + office, ZoneId.of("Asia/Shanghai"));
            }
            ReadModels.awaitCaughtUp(base);
            AtomicLong numbers = new AtomicLong();
            // the JIT needs tens of seconds of this load before the figures settle
            int warmUp = mode.pick(1, 20, 30);
            closedLoop(base, numbers, warmUp);
            ReadModels.awaitCaughtUp(base);
            closedLoop(base, numbers, seconds).print();
            for (int rate : STEADY_RATES) {
                ReadModels.awaitCaughtUp(base);
                steadyLag(base, numbers, rate, seconds);
            }
            ReadModels.awaitCaughtUp(base);
            ReadModels.rebuild(base, "all");
            context.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
                if (name.endsWith("-views") || name.startsWith("dashboards-")) {
                    processor.shutDown();
                }
            });
            closedLoop(base, numbers, warmUp);
            System.out.printf("%nthe same with the read models' processors stopped (the command side alone, with the "
                                      + "lookups and triggers its commands keep):");
            closedLoop(base, numbers, seconds).print();
            System.gc();
            System.out.printf("%nheap after GC with the log above and every read model caught up: %d MB "
                                      + "(the embedded store lives in the same heap)%n",
                              ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        }
        System.exit(0);
    }

    private record Run(int commands, int failures, double seconds, List<Long> nanos) {
        void print() {
            Collections.sort(nanos);
            System.out.printf("%n| commands end to end (HTTP POST → event stored → 2xx), %d clients | commands/s | "
                                      + "p50 | p95 | p99 | failures |%n|---|---|---|---|---|---|%n", CONCURRENCY);
            System.out.printf("| register a complaint, %.0f s | %,.0f | %.1f ms | %.1f ms | %.1f ms | %d |%n", seconds,
                              commands / seconds, Stats.millisAt(nanos, 0.50), Stats.millisAt(nanos, 0.95),
                              Stats.millisAt(nanos, 0.99), failures);
        }
    }

    /** {@link #CONCURRENCY} clients each sending one command after another for the given time. */
    private static Run closedLoop(String base, AtomicLong numbers, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
        for (int client = 0; client < CONCURRENCY; client++) {
            clients.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    if (register(base, numbers.incrementAndGet())) {
                        nanos.add(System.nanoTime() - t0);
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Run(nanos.size(), failures.get(), elapsed, new ArrayList<>(nanos));
    }

    /**
     * Commands at {@code rate}/s while every read model's position is sampled ({@link ReadModels.LagSampler}); the
     * complaint read model's lag is printed.
     */
    private static void steadyLag(String base, AtomicLong numbers, int rate, int seconds) throws Exception {
        ScheduledExecutorService sender = Executors.newScheduledThreadPool(8);
        AtomicInteger failures = new AtomicInteger();
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        ReadModels.LagSampler lagSampler = ReadModels.LagSampler.start(base);
        sender.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() < total) {
                HTTP.sendAsync(registration(base, numbers.incrementAndGet()), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() / 100 != 2) {
                            failures.incrementAndGet();
                        }
                    });
            }
        }, 0, 1_000_000L / rate, TimeUnit.MICROSECONDS);
        while (sent.get() < total) {
            Thread.sleep(20);
        }
        sender.shutdown();
        sender.awaitTermination(30, TimeUnit.SECONDS);
        List<Long> lags = lagSampler.stop().get(COMPLAINTS);
        System.out.printf("%n| complaint read model at %d commands/s for %d s (%d failed) | p50 | p95 | max |%n"
                                  + "|---|---|---|---|%n| lag: log head → read model | %.0f ms | %.0f ms | %.0f ms |%n",
                          rate, seconds, failures.get(), Stats.millisAt(lags, 0.5),
                          Stats.millisAt(lags, 0.95), lags.get(lags.size() - 1) / 1e6);
    }

    private static boolean register(String base, long n) {
        try {
            return HTTP.send(registration(base, n), HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (Exception e) {
            return false;
        }
    }

    private static HttpRequest registration(String base, long n) {
        String office = "office-" + n % OFFICES;
        String body = "{\"officeId\":\"" + office + "\",\"channel\":\"PHONE\",\"householdId\":\""
                + BenchmarkOffices.household(office, n / OFFICES)
                + "\",\"category\":\"CLEANING\",\"summary\":\"corridor not cleaned\",\"receivedAt\":\""
                + Instant.now().minusSeconds(60) + "\",\"receivedBy\":\"" + BenchmarkOffices.clerk(office) + "\"}";
        return BenchmarkApps.request(base + "/api/complaints").header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
