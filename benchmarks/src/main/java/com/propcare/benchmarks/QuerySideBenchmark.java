package com.propcare.benchmarks;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
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

    private static final String COMPLAINTS = "complaint-views";
    /** Complaints whose lifecycles interleave in the steady load, as many complaints are open at once. */
    private static final int IN_FLIGHT = 50;

    private QuerySideBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Mode mode = Mode.of(args);
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seconds = mode.pick(2, 15, 60);
        int history = mode.pick(200, 3_000, 20_000);
        int households = mode.pick(100, ComplaintHistory.HOUSEHOLDS_PER_OFFICE, ComplaintHistory.HOUSEHOLDS_PER_OFFICE);
        String uri = System.getenv("MONGODB_URI");
        System.out.printf("propcare query-side benchmark — mode %s, store %s, %d offices of %,d households, %,d "
                                  + "complaints of history, then %d commands/s for %d s; Java %s, %d cores%n",
                          mode.label(), uri == null ? "embedded (memory)" : "MONGODB_URI",
                          ComplaintHistory.OFFICES, households, history, rate, seconds,
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext context = new SpringApplication(BenchmarkApps.QueryApp.class).run(
                BenchmarkApps.arguments("--server.port=0", "--propcare.mongodb.embedded=memory",
                                        "--propcare.mongodb.uri=" + (uri == null ? "" : uri),
                                        "--propcare.mongodb.database=bench_query_" + System.nanoTime(),
                                        "--logging.level.root=WARN", "--propcare.metrics.refresh-interval=PT1H"))) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            EventStore events = context.getBean(EventStore.class);
            long started = System.nanoTime();
            long appended = ComplaintHistory.offices(events::publish, households);
            int complaints = history + rate * seconds;
            for (int n = 0; n < history; n++) {
                for (List<EventMessage<?>> commit : ComplaintHistory.complaint(n, complaints, households)) {
                    events.publish(commit);
                    appended += commit.size();
                }
            }
            ReadModels.awaitCaughtUp(base);
            double caughtUp = (System.nanoTime() - started) / 1e9;
            System.out.printf("%nhistory: %,d events appended while every read model ran, all caught up after %.1f s "
                                      + "(%,.0f events/s)%n", appended, caughtUp, appended / caughtUp);
            steadyLoad(base, events, history, complaints, households, rate, seconds);
            ReadModels.awaitCaughtUp(base);
            ReadModels.rebuild(base, COMPLAINTS);
            ReadModels.rebuild(base, "all");
        }
        System.exit(0);
    }

    /**
     * Appends one event per commit at {@code rate} commits per second, lifecycles of {@link #IN_FLIGHT} complaints
     * interleaved, while every read model's position is sampled every 20 ms: the lag of a moment is how long a read
     * model took to reach the log's head of that moment.
     */
    private static void steadyLoad(String base, EventStore events, int from, int complaints, int households, int rate,
                                   int seconds) throws Exception {
        List<EventMessage<?>> commands = new ArrayList<>();
        for (int block = from; block < complaints && commands.size() < rate * seconds; block += IN_FLIGHT) {
            List<List<EventMessage<?>>> lifecycles = new ArrayList<>();
            for (int n = block; n < Math.min(complaints, block + IN_FLIGHT); n++) {
                List<EventMessage<?>> lifecycle = new ArrayList<>();
                ComplaintHistory.complaint(n, complaints, households).forEach(lifecycle::addAll);
                lifecycles.add(lifecycle);
            }
            for (int step = 0; !lifecycles.isEmpty(); step++) {
                int current = step;
                lifecycles.removeIf(lifecycle -> lifecycle.size() <= current);
                lifecycles.forEach(lifecycle -> commands.add(lifecycle.get(current)));
            }
        }
        int total = Math.min(commands.size(), rate * seconds);
        ReadModels.LagSampler lagSampler = ReadModels.LagSampler.start(base);
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
        Map<String, List<Long>> lags = lagSampler.stop();
        System.out.printf("%n| %,d commands at %d/s (sent in %.1f s), one event each | lag p50 | p95 | max |%n"
                                  + "|---|---|---|---|%n", total, rate, sending);
        printLag("complaint read model (" + COMPLAINTS + ")", lags.get(COMPLAINTS));
        lags.forEach((model, values) -> {
            if (!model.equals(COMPLAINTS)) {
                printLag(model, values);
            }
        });
    }

    private static void printLag(String model, List<Long> lags) {
        System.out.printf("| %s | %.0f ms | %.0f ms | %.0f ms |%n", model, Stats.millisAt(lags, 0.5),
                          Stats.millisAt(lags, 0.95),
                          lags.get(lags.size() - 1) / 1e6);
    }
}
