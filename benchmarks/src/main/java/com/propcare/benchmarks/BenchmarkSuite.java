package com.propcare.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.propcare.eventstore.EmbeddedMongoServer;
import com.propcare.eventstore.EventStoreConfiguration;
import com.propcare.eventstore.MongoEventStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * The store's first figure: the cost of a command (load an aggregate, append to it) and of a tracking reader's
 * fetched batch, at a small and at a large store, measured in one run. Flat means the ratio stays near 1. A naive
 * range query (what the embedded server answers by scanning) is measured alongside for contrast.
 *
 * <p>Usage: {@code BenchmarkSuite [smoke|quick|full] [memory|h2]}; with {@code MONGODB_URI} set it runs against that
 * server instead of the embedded one.
 */
public final class BenchmarkSuite {

    private static final int EVENTS_PER_AGGREGATE = 10;
    private static final int BATCH = 100;
    private static final int APPENDERS = 16;

    private final Mode mode;
    private final String backend;
    private final Random random = new Random(42);

    private BenchmarkSuite(Mode mode, String backend) {
        this.mode = mode;
        this.backend = backend;
    }

    public static void main(String[] args) throws Exception {
        Mode mode = Mode.of(args);
        String backend = args.length > 1 ? args[1] : "memory";
        new BenchmarkSuite(mode, backend).run();
    }

    private void run() throws Exception {
        int[] sizes = mode.pick(new int[]{1_000, 5_000}, new int[]{1_000, 20_000}, new int[]{1_000, 100_000});
        int rounds = mode.pick(3, 5, 7);
        int opsPerRound = mode.pick(50, 100, 200);
        String uri = System.getenv("MONGODB_URI");
        System.out.printf("propcare event store benchmark — mode %s, store %s, %d measured rounds of %d operations "
                                  + "after 1 warm-up round; Java %s, %d cores%n",
                          mode.label(), uri == null ? "embedded (" + backend + ")" : "MONGODB_URI",
                          rounds, opsPerRound, System.getProperty("java.version"),
                          Runtime.getRuntime().availableProcessors());
        Map<String, List<Stats>> table = new LinkedHashMap<>();
        List<String> fills = new ArrayList<>();
        List<Store> stores = new ArrayList<>();
        try {
            for (int size : sizes) {
                Store store = Store.open(uri, backend, "bench_" + size + "_" + System.nanoTime());
                stores.add(store);
                long started = System.nanoTime();
                fill(store.engine, size);
                double seconds = (System.nanoTime() - started) / 1e9;
                fills.add(String.format("%,d events appended in %.1f s (%,.0f events/s)", size, seconds,
                                        size / seconds));
            }
            // rounds alternate between the stores, so that warm-up and machine noise fall on both alike
            measure(table, "command: load aggregate + append 1 event", stores, sizes, rounds, opsPerRound,
                    (store, size) -> command(store.engine, "agg-" + random.nextInt(size / EVENTS_PER_AGGREGATE)));
            measure(table, "tracking fetch: batch of " + BATCH + " events", stores, sizes, rounds, opsPerRound,
                    (store, size) -> fetchBatch(store.engine, 1 + random.nextInt(size - BATCH)));
            measure(table, "contrast: naive range fetch (_id > x, sort, limit 10 commits)", stores, sizes, rounds,
                    Math.max(10, opsPerRound / 10),
                    (store, size) -> naiveRangeFetch(store.events(), random.nextInt(size - BATCH)));
            measure(table, "contrast: naive aggregate load by a non-key field", stores, sizes, rounds,
                    Math.max(10, opsPerRound / 10),
                    (store, size) -> naiveAggregateLoad(store.events(),
                                                        "agg-" + random.nextInt(size / EVENTS_PER_AGGREGATE)));
        } finally {
            for (Store store : stores) {
                store.close();
            }
        }
        appendComparison(uri, rounds, mode.pick(500, 2_000, 5_000));
        fills.forEach(line -> System.out.println("fill: " + line));
        System.out.printf("%n| operation | %,d events | %,d events | ratio |%n|---|---|---|---|%n", sizes[0], sizes[1]);
        table.forEach((operation, stats) -> System.out.printf("| %s | %s | %s | %.2f |%n", operation,
                                                              stats.get(0).format(), stats.get(1).format(),
                                                              stats.get(1).median() / stats.get(0).median()));
        System.out.println("\nEach cell: median of the rounds' median time per operation (min–max of those medians).");
    }

    /**
     * Appends one event per commit, as commands do, three ways in the same run, rounds alternating: through our
     * engine (serialise, reserve a position, insert), the raw driver inserting the very documents our engine wrote
     * into a collection with the same indexes (the floor for this server), and Axon's in-memory engine. Once with
     * one appender, once with {@value #APPENDERS} at a time (as concurrent commands append).
     */
    private void appendComparison(String uri, int rounds, int commitsPerRound) throws Exception {
        for (int threads : new int[]{1, APPENDERS}) {
            Store ours = Store.open(uri, backend, "bench_append_" + threads + "_" + System.nanoTime());
            MongoCollection<Document> raw = ours.database.getCollection("raw_events");
            raw.createIndex(Indexes.ascending("positions"), new IndexOptions().unique(true));
            raw.createIndex(Indexes.ascending("sequenceKeys"), new IndexOptions().unique(true));
            raw.createIndex(Indexes.ascending("timestamp"));
            InMemoryEventStorageEngine inMemory = new InMemoryEventStorageEngine();
            List<Double> oursRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            List<Double> inMemoryRates = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (int round = -1; round < rounds; round++) {
                    List<DomainEventMessage<BenchPayload>> events = new ArrayList<>();
                    for (int i = 0; i < commitsPerRound; i++) {
                        events.add(event("append-" + threads + "-" + (round + 1) + "-" + i, 0));
                    }
                    double oursRate = rate(pool, threads, events, event -> ours.engine.appendEvents(List.of(event)));
                    List<Document> written = ours.events().find(Filters.in("sequenceKeys", events.stream().map(
                            event -> event.getAggregateIdentifier() + ":0").toList())).into(new ArrayList<>());
                    double rawRate = rate(pool, threads, written, raw::insertOne);
                    double inMemoryRate = rate(pool, threads, events,
                                               event -> inMemory.appendEvents(List.of(event)));
                    if (round >= 0) {
                        oursRates.add(oursRate);
                        rawRates.add(rawRate);
                        inMemoryRates.add(inMemoryRate);
                    }
                }
            } finally {
                pool.shutdown();
                ours.close();
            }
            double rawMedian = median(rawRates);
            System.out.printf("%n| append, one event per commit, %d appender%s (%d rounds of %,d) | events/s: median "
                                      + "(min–max) | ratio to the raw driver |%n|---|---|---|%n", threads,
                              threads == 1 ? "" : "s at a time", rounds, commitsPerRound);
            System.out.printf("| raw driver: insertOne of the same documents, same indexes | %s | 1.00 |%n",
                              rates(rawRates));
            System.out.printf("| our engine (serialise, reserve positions, insert; concurrent commits grouped) | %s "
                                      + "| %.2f |%n", rates(oursRates), median(oursRates) / rawMedian);
            System.out.printf("| Axon's in-memory engine | %s | %.2f |%n", rates(inMemoryRates),
                              median(inMemoryRates) / rawMedian);
        }
    }

    /** Items per second for {@code work} applied to each item by {@code threads} threads splitting the list. */
    private static <T> double rate(ExecutorService pool, int threads, List<T> items, Consumer<T> work)
            throws Exception {
        long started = System.nanoTime();
        List<Future<?>> parts = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            List<T> part = items.subList(items.size() * thread / threads, items.size() * (thread + 1) / threads);
            parts.add(pool.submit(() -> part.forEach(work)));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        return items.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String rates(List<Double> values) {
        return String.format("%,.0f (%,.0f–%,.0f)", median(values), Collections.min(values), Collections.max(values));
    }

    private static void fill(MongoEventStorageEngine engine, int size) {
        for (int aggregate = 0; aggregate < size / EVENTS_PER_AGGREGATE; aggregate++) {
            List<DomainEventMessage<BenchPayload>> commit = new ArrayList<>();
            for (int sequence = 0; sequence < EVENTS_PER_AGGREGATE; sequence++) {
                commit.add(event("agg-" + aggregate, sequence));
            }
            engine.appendEvents(commit);
        }
    }

    private static DomainEventMessage<BenchPayload> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Complaint", aggregate, sequence,
                                               new BenchPayload(aggregate, sequence,
                                                                "A complaint event of realistic size: corridor "
                                                                        + "on floor 12 not cleaned for a week."));
    }

    private static long command(MongoEventStorageEngine engine, String aggregate) {
        long last = engine.readEvents(aggregate).asStream().mapToLong(DomainEventMessage::getSequenceNumber)
                          .max().orElse(-1);
        engine.appendEvents(List.of(event(aggregate, last + 1)));
        return last;
    }

    private static long fetchBatch(MongoEventStorageEngine engine, long position) {
        return engine.readEvents(GapAwareTrackingToken.newInstance(position, new TreeSet<>()), false)
                     .limit(BATCH).count();
    }

    private static long naiveRangeFetch(MongoCollection<Document> events, long position) {
        return events.find(Filters.gt("_id", position)).sort(Sorts.ascending("_id")).limit(BATCH / 10)
                     .into(new ArrayList<>()).size();
    }

    private static long naiveAggregateLoad(MongoCollection<Document> events, String aggregate) {
        return events.find(Filters.eq("aggregateId", aggregate)).into(new ArrayList<>()).size();
    }

    private void measure(Map<String, List<Stats>> table, String name, List<Store> stores, int[] sizes, int rounds,
                         int ops, Operation operation) {
        List<List<List<Long>>> measured = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            int store = i;
            runRound(ops, () -> operation.run(stores.get(store), sizes[store]));
            measured.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < stores.size(); i++) {
                int store = i;
                measured.get(store).add(runRound(ops, () -> operation.run(stores.get(store), sizes[store])));
            }
        }
        measured.forEach(perStore -> table.computeIfAbsent(name, key -> new ArrayList<>())
                                          .add(Stats.ofRounds(perStore)));
    }

    /** One timed operation against a store of the given size. */
    @FunctionalInterface
    private interface Operation {
        long run(Store store, int size);
    }

    private static List<Long> runRound(int ops, LongSupplier operation) {
        List<Long> times = new ArrayList<>(ops);
        long sink = 0;
        for (int i = 0; i < ops; i++) {
            long start = System.nanoTime();
            sink += operation.getAsLong();
            times.add(System.nanoTime() - start);
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return times;
    }

    /** One store for one size: its own embedded server (or database on the given MongoDB) and engine. */
    private record Store(AutoCloseable server, MongoClient client, MongoDatabase database,
                         MongoEventStorageEngine engine) {

        static Store open(String uri, String backend, String databaseName) throws Exception {
            EmbeddedMongoServer server = null;
            String connection = uri;
            if (uri == null) {
                server = backend.equals("h2") ? EmbeddedMongoServer.fileBacked(Files.createTempDirectory("bench"))
                                              : EmbeddedMongoServer.inMemory();
                connection = server.connectionString();
            }
            MongoClient client = MongoClients.create(connection);
            MongoDatabase database = client.getDatabase(databaseName);
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                                                                    .database(database)
                                                                    .eventSerializer(EventStoreConfiguration.plainJsonSerializer())
                                                                    .snapshotSerializer(EventStoreConfiguration.plainJsonSerializer())
                                                                    .batchSize(BATCH)
                                                                    .build();
            engine.ensureIndexes();
            return new Store(server, client, database, engine);
        }

        MongoCollection<Document> events() {
            return database.getCollection("events");
        }

        void close() throws Exception {
            if (server == null) {
                database.drop();
            }
            client.close();
            if (server != null) {
                server.close();
            }
        }
    }
}
