package com.propcare.benchmarks;

import com.propcare.eventstore.EmbeddedMongoServer;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An auditor's "as of" against the length of the complaint's history (10 to 10,000 events), from the nearest
 * snapshot (the default) and by the full replay ({@code fullReplay=true}), measured in the same run, rounds
 * alternating. The complaint read model runs, so that its projection takes the snapshots; the other read models
 * are stopped.
 */
public final class AsOfBenchmark {


    private AsOfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Mode mode = Mode.of(args);
        int rounds = mode.pick(3, 5, 9);
        int perRound = mode.pick(3, 10, 20);
        String uri = System.getenv("MONGODB_URI");
        System.out.printf("propcare as-of benchmark — mode %s, store %s; Java %s, %d cores%n", mode.label(),
                          uri == null ? "embedded (memory)" : "MONGODB_URI", System.getProperty("java.version"),
                          Runtime.getRuntime().availableProcessors());
        EmbeddedMongoServer server = uri == null ? EmbeddedMongoServer.inMemory() : null;
        String connection = uri == null ? server.connectionString() : uri;
        String database = "bench_asof_" + System.nanoTime();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        // a view listing 10,000 escalations makes every one of its projection's writes that long: minutes, so the
        // smoke run leaves the growing histories out, and stops at 1,000 events
        List<String> histories = mode == Mode.SMOKE ? List.of("steady-") : List.of("steady-", "long-");
        int longest = mode == Mode.SMOKE ? 1_000 : AuditFeedBenchmark.HISTORY_LENGTHS[
                AuditFeedBenchmark.HISTORY_LENGTHS.length - 1];
        Preload.into(connection, database, events -> histories.stream().mapToLong(history -> AuditFeedBenchmark
                .longHistories(events, start, history, history.equals("long-"), longest)).sum());
        try (ConfigurableApplicationContext context = new SpringApplication(BenchmarkApps.QueryApp.class).run(
                BenchmarkApps.arguments("--server.port=0", "--propcare.mongodb.uri=" + connection,
                                        "--propcare.mongodb.database=" + database, "--logging.level.root=WARN",
                                        "--propcare.metrics.refresh-interval=PT1H"))) {
            context.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
                if (!name.equals("complaint-views")) {
                    processor.shutDown();
                }
            });
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            String last = base + "/api/complaints/" + histories.get(histories.size() - 1) + longest;
            while (!BenchmarkApps.get(last).contains("\"version\":" + (longest - 1) + ",")) {
                Thread.sleep(200);
            }
            System.out.printf("%n%d rounds of %d requests per cell after a warm-up, rounds alternating; median of the "
                                      + "rounds' medians (min–max)%n%n", rounds, perRound);
            System.out.printf("| complaint's events | from the nearest snapshot | full replay | snapshot / full |%n"
                                      + "|---|---|---|---|%n");
            for (String history : histories) {
                for (int length : AuditFeedBenchmark.HISTORY_LENGTHS) {
                    if (length <= longest) {
                        measure(base, history, length, rounds, perRound);
                    }
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        System.exit(0);
    }

    private static void measure(String base, String history, int length, int rounds, int perRound) throws Exception {
        String fromSnapshot = base + "/api/audit/complaints/" + history + length + "?asOf=" + Long.MAX_VALUE / 10;
        String replayed = fromSnapshot + "&fullReplay=true";
        for (int i = 0; i < 5; i++) {
            BenchmarkApps.get(fromSnapshot);
            BenchmarkApps.get(replayed);
        }
        List<Double> snapshotMedians = new ArrayList<>();
        List<Double> replayMedians = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            snapshotMedians.add(medianMillis(fromSnapshot, perRound));
            replayMedians.add(medianMillis(replayed, perRound));
        }
        double snapshot = median(snapshotMedians);
        double replay = median(replayMedians);
        System.out.printf("| %,d %s | %.1f ms (%.1f–%.1f) | %.1f ms (%.1f–%.1f) | %.2f |%n", length,
                          history.startsWith("long") ? "escalations (the view lists each)"
                                                     : "classifications (the view keeps its size)",
                          snapshot, Collections.min(snapshotMedians), Collections.max(snapshotMedians), replay,
                          Collections.min(replayMedians), Collections.max(replayMedians), snapshot / replay);
    }

    private static double medianMillis(String uri, int requests) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            BenchmarkApps.get(uri);
            times.add((System.nanoTime() - started) / 1e6);
        }
        return median(times);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
