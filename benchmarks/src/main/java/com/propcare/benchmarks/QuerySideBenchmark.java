package com.propcare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The read models on their own, as the query side runs in a deployment where the command side has cores of its
 * own: commands' events appended straight into the store at a steady rate (one event per commit, as commands write
 * them) while every read model runs, with the lag of the complaint read model and of the slowest read model; then
 * the complaint read model rebuilt alone (the rate one tracking processor applies to it) and every read model
 * rebuilt at once.
 * <p>
 * Usage: {@code QuerySideBenchmark [smoke|quick|full] [commands per second]} (500 by default); with
 * {@code MONGODB_URI} set it runs against that server.
 */
public final class QuerySideBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String COMPLAINTS = "complaint-views";
    /** Complaints whose lifecycles interleave in the steady load, as many complaints are open at once. */
    private static final int IN_FLIGHT = 50;

    private QuerySideBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Mode mode = Mode.of(args);
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seconds = mode.pick(3, 15, 60);
        int history = mode.pick(1_000, 3_000, 20_000);
        String uri = System.getenv("MONGODB_URI");
        System.out.printf("propcare query-side benchmark — mode %s, store %s, %,d complaints of history, then %d "
                                  + "commands/s for %d s; Java %s, %d cores%n", mode.label(),
                          uri == null ? "embedded (memory)" : "MONGODB_URI", history, rate, seconds,
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext context = new SpringApplication(BenchmarkApps.QueryApp.class).run(
                BenchmarkApps.arguments("--server.port=0", "--propcare.mongodb.embedded=memory",
                                        "--propcare.mongodb.uri=" + (uri == null ? "" : uri),
                                        "--propcare.mongodb.database=bench_query_" + System.nanoTime(),
                                        "--logging.level.root=WARN", "--propcare.metrics.refresh-interval=PT1H"))) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            EventStore events = context.getBean(EventStore.class);
            long started = System.nanoTime();
            long appended = ComplaintHistory.offices(events::publish);
            int complaints = history + rate * seconds;
            for (int n = 0; n < history; n++) {
                for (List<EventMessage<?>> commit : ComplaintHistory.complaint(n, complaints)) {
                    events.publish(commit);
                    appended += commit.size();
                }
            }
            ReadModelPositions.awaitCaughtUp(base);
            double caughtUp = (System.nanoTime() - started) / 1e9;
            System.out.printf("%nhistory: %,d events appended while every read model ran, all caught up after %.1f s "
                                      + "(%,.0f events/s)%n", appended, caughtUp, appended / caughtUp);
            steadyLoad(base, events, history, complaints, rate, seconds);
            ReadModelPositions.awaitCaughtUp(base);
            rebuild(base, COMPLAINTS);
            rebuild(base, "all");
        }
        System.exit(0);
    }

    /**
     * Appends one event per commit at {@code rate} commits per second, lifecycles of {@link #IN_FLIGHT} complaints
     * interleaved, while every read model's position is sampled every 20 ms: the lag of a moment is how long a read
     * model took to reach the log's head of that moment.
     */
    private static void steadyLoad(String base, EventStore events, int from, int complaints, int rate, int seconds)
            throws Exception {
        List<EventMessage<?>> commands = new ArrayList<>();
        for (int block = from; block < complaints; block += IN_FLIGHT) {
            List<List<EventMessage<?>>> lifecycles = new ArrayList<>();
            for (int n = block; n < Math.min(complaints, block + IN_FLIGHT); n++) {
                List<EventMessage<?>> lifecycle = new ArrayList<>();
                ComplaintHistory.complaint(n, complaints).forEach(lifecycle::addAll);
                lifecycles.add(lifecycle);
            }
            for (int step = 0; !lifecycles.isEmpty(); step++) {
                int current = step;
                lifecycles.removeIf(lifecycle -> lifecycle.size() <= current);
                lifecycles.forEach(lifecycle -> commands.add(lifecycle.get(current)));
            }
        }
        int total = Math.min(commands.size(), rate * seconds);
        List<Map<String, long[]>> samples = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    samples.add(ReadModelPositions.of(base));
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "lag-sampler");
        sampler.start();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            events.publish(List.of(commands.get(i)));
        }
        double sending = (System.nanoTime() - start) / 1e9;
        ReadModelPositions.awaitCaughtUp(base);
        sampler.interrupt();
        sampler.join();
        System.out.printf("%n| %,d commands at %d/s (sent in %.1f s), one event each | lag p50 | p95 | max |%n"
                                  + "|---|---|---|---|%n", total, rate, sending);
        Map<String, List<Long>> lags = lags(new ArrayList<>(samples));
        printLag("complaint read model (" + COMPLAINTS + ")", lags.get(COMPLAINTS));
        lags.forEach((model, values) -> {
            if (!model.equals(COMPLAINTS)) {
                printLag(model, values);
            }
        });
    }

    private static void printLag(String model, List<Long> lags) {
        System.out.printf("| %s | %.0f ms | %.0f ms | %.0f ms |%n", model, at(lags, 0.5) / 1e6, at(lags, 0.95) / 1e6,
                          lags.get(lags.size() - 1) / 1e6);
    }

    /** Per read model, for every sample, how long until a later sample showed it at that sample's head. */
    private static Map<String, List<Long>> lags(List<Map<String, long[]>> samples) {
        Map<String, List<Long>> lags = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            for (Map.Entry<String, long[]> model : samples.get(i).entrySet()) {
                long sampledAt = model.getValue()[0];
                long head = model.getValue()[2];
                for (int later = i; later < samples.size(); later++) {
                    long[] then = samples.get(later).get(model.getKey());
                    if (then != null && then[1] >= head) {
                        lags.computeIfAbsent(model.getKey(), name -> new ArrayList<>()).add(then[0] - sampledAt);
                        break;
                    }
                }
            }
        }
        lags.values().forEach(Collections::sort);
        return lags;
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static void rebuild(String base, String name) throws Exception {
        HTTP.send(BenchmarkApps.request(base + "/api/admin/projections/" + name + "/rebuild")
                               .POST(HttpRequest.BodyPublishers.noBody()).build(),
                  HttpResponse.BodyHandlers.discarding());
        long started = System.nanoTime();
        JsonNode status;
        do {
            Thread.sleep(100);
            status = ReadModelPositions.status(base);
        } while (!rebuildsDone(status, name));
        double seconds = (System.nanoTime() - started) / 1e9;
        long head = status.get(0).get("head").asLong();
        System.out.printf("%n| rebuild of %s (%,d events) | events/s |%n|---|---|%n", name.equals("all")
                ? "every read model at once" : "the " + name + " read model alone", head);
        for (JsonNode model : status) {
            JsonNode progress = model.get("rebuild");
            if (progress != null && !progress.isNull() && (name.equals("all") || model.get("name").asText()
                                                                                       .equals(name))) {
                System.out.printf("| %s | %,d |%n", model.get("name").asText(),
                                  progress.get("eventsPerSecond").asLong());
            }
        }
        System.out.printf("| all of it, from the request until the last one was done (%.1f s) | %,.0f |%n", seconds,
                          head / seconds);
    }

    private static boolean rebuildsDone(JsonNode status, String name) {
        for (JsonNode model : status) {
            if (name.equals("all") || model.get("name").asText().equals(name)) {
                JsonNode progress = model.get("rebuild");
                if (progress == null || progress.isNull() || !"DONE".equals(progress.get("state").asText())) {
                    return false;
                }
            }
        }
        return true;
    }
}
