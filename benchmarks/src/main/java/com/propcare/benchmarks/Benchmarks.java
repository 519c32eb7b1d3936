package com.propcare.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole suite, one benchmark after another, each in a JVM of its own so that none inherits another's heap:
 * the store's append and read paths against the raw driver and Axon's in-memory engine ({@link BenchmarkSuite}),
 * the whole system's commands, read-model lag and rebuild ({@link SystemBenchmark}), the read models on their own
 * at a steady command rate and rebuilding ({@link QuerySideBenchmark}), as-of reconstruction against
 * history length ({@link AsOfBenchmark}), signed-in users during a flood of wrong passwords
 * ({@link SignInFloodBenchmark}), and the ledger, the feed and the heap with the log loaded
 * ({@link AuditFeedBenchmark}, on the file-backed store so that the heap is the application's own). Each prints
 * its own table. Usage: {@code Benchmarks [smoke|quick|full]} (see {@link Mode}; {@code smoke} keeps the audit
 * benchmark's store in memory); with {@code MONGODB_URI} set, they run against it.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Mode chosen = Mode.of(args);
        String mode = chosen.label();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<List<String>> runs = List.of(List.of("-Xmx2g", BenchmarkSuite.class.getName(), mode),
                                          List.of("-Xmx2g", SystemBenchmark.class.getName(), mode),
                                          List.of("-Xmx2g", QuerySideBenchmark.class.getName(), mode),
                                          List.of("-Xmx2g", AsOfBenchmark.class.getName(), mode),
                                          List.of("-Xmx1g", SignInFloodBenchmark.class.getName(), mode),
                                          List.of("-Xmx6g", AuditFeedBenchmark.class.getName(), mode,
                                                  chosen == Mode.SMOKE ? "memory" : "h2"));
        long started = System.nanoTime();
        int failed = 0;
        for (List<String> run : runs) {
            List<String> command = new ArrayList<>(List.of(java, run.get(0), "-cp",
                                                           System.getProperty("java.class.path")));
            command.addAll(run.subList(1, run.size()));
            System.out.printf("%n==== %s%n", String.join(" ", run.subList(1, run.size())));
            long began = System.nanoTime();
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            System.out.printf("==== %s took %.0f s%n", run.get(1), (System.nanoTime() - began) / 1e9);
            if (exit != 0) {
                failed++;
                System.out.printf("==== exited with %d%n", exit);
            }
        }
        System.out.printf("%nsuite (%s) finished in %.1f min%s%n", mode, (System.nanoTime() - started) / 60e9,
                          failed == 0 ? "" : ", " + failed + " benchmark(s) failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
