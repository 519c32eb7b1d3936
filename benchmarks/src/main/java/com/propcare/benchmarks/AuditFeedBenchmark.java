package com.propcare.benchmarks;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.Responsibility;
import com.propcare.eventstore.EmbeddedMongoServer;
import com.propcare.query.ledger.AuditLedger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The auditors' and integrators' figures: how fast the audit ledger chains a large log, how fast one NDJSON
 * consumer catches up with it (and whether the server's heap stays flat meanwhile), how long an as-of
 * reconstruction takes against the length of the complaint's history, and how long verifying the whole chain takes.
 * <p>
 * Events are appended straight into the store (200,000 complaints of five events each in "full", a tenth in
 * "quick"), plus complaints with 10, 100, 1,000 and 10,000 events. The query side then runs with its read models
 * stopped, so that the figures are the ledger's and the feed's alone on the machine's cores.
 */
public final class AuditFeedBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int OFFICES = 20;
    static final int[] HISTORY_LENGTHS = {10, 100, 1_000, 10_000};
    private static final PolicyVersion POLICY = new PolicyVersion("default");
    private static final StaffId CLERK = new StaffId("clerk-1");

    private AuditFeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        Mode mode = Mode.of(args);
        int complaints = mode.pick(1_000, 20_000, 200_000);
        // smoke leaves out the longest history, which the as-of benchmark measures on its own
        int longest = mode == Mode.SMOKE ? 1_000 : HISTORY_LENGTHS[HISTORY_LENGTHS.length - 1];
        // h2: the embedded store keeps its data in a file, so the heap figures are the application's own
        boolean h2 = args.length > 1 && args[1].equals("h2");
        String uri = System.getenv("MONGODB_URI");
        System.out.printf("propcare audit and feed benchmark — mode %s, store %s; Java %s, %d cores, "
                                  + "max heap %d MB%n",
                          mode.label(),
                          uri != null ? "MONGODB_URI" : h2 ? "embedded (H2 file)" : "embedded (memory)",
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                          Runtime.getRuntime().maxMemory() >> 20);
        EmbeddedMongoServer server = uri != null ? null
                : h2 ? EmbeddedMongoServer.fileBacked(Files.createTempDirectory("bench-audit"))
                : EmbeddedMongoServer.inMemory();
        String connection = uri == null ? server.connectionString() : uri;
        String database = "bench_audit_" + System.nanoTime();
        long appended = Preload.into(connection, database, events -> load(events, complaints, longest));
        try (ConfigurableApplicationContext context = new SpringApplication(BenchmarkApps.QueryApp.class).run(BenchmarkApps.arguments(
                "--server.port=0", "--propcare.mongodb.embedded=memory",
                "--propcare.mongodb.uri=" + (uri == null ? connection : uri),
                "--propcare.mongodb.database=" + database, "--logging.level.root=WARN",
                "--propcare.metrics.refresh-interval=PT1H", "--propcare.audit.ledger-interval=PT0.05S"))) {
            context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                   .forEach(processor -> processor.shutDown());
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            AuditLedger ledger = context.getBean(AuditLedger.class);

            long chainStarted = System.nanoTime();
            while (ledger.head().position() < appended) {
                Thread.sleep(100);
            }
            double chainSeconds = (System.nanoTime() - chainStarted) / 1e9;

            long heapBefore = usedHeapAfterGc();
            long[] heapDuring = new long[1];
            long streamStarted = System.nanoTime();
            long streamed = streamAll(base, appended, () -> heapDuring[0] = usedHeapAfterGc());
            double streamSeconds = (System.nanoTime() - streamStarted) / 1e9;
            long heapAfter = usedHeapAfterGc();

            long verifyStarted = System.nanoTime();
            String verification = get(base + "/api/audit/verify");
            double verifySeconds = (System.nanoTime() - verifyStarted) / 1e9;

            System.out.printf("%n| measure | figure |%n|---|---|%n");
            System.out.printf("| ledger chains the log (hash chain, offices, links) | %,.0f events/s "
                                      + "(%,d events in %.1f s) |%n",
                              appended / chainSeconds, appended, chainSeconds);
            System.out.printf("| one NDJSON consumer catches up from position 0 | %,.0f events/s "
                                      + "(%,d events in %.1f s) |%n",
                              streamed / streamSeconds, streamed, streamSeconds);
            System.out.printf("| server heap after GC: before / half-way / after streaming | %d / %d / %d MB |%n",
                              heapBefore >> 20, heapDuring[0] >> 20, heapAfter >> 20);
            System.out.printf("| verify the whole chain | %.1f s (%,.0f events/s), intact: %s |%n", verifySeconds,
                              appended / verifySeconds, verification.contains("\"intact\":true"));
            System.out.printf("%n| as-of reconstruction (HTTP) | p50 | p95 | max |%n|---|---|---|---|%n");
            for (int length : Arrays.stream(HISTORY_LENGTHS).filter(length -> length <= longest).toArray()) {
                String asOf = base + "/api/audit/complaints/long-" + length + "?asOf=" + Long.MAX_VALUE / 10;
                for (int i = 0; i < mode.pick(2, 10, 10); i++) {
                    get(asOf);
                }
                List<Long> times = new ArrayList<>();
                int rounds = mode == Mode.SMOKE ? 5 : length >= 10_000 ? 20 : 100;
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    get(asOf);
                    times.add(System.nanoTime() - t0);
                }
                Collections.sort(times);
                System.out.printf("| complaint with %,d events | %.1f ms | %.1f ms | %.1f ms |%n", length,
                                  times.get(times.size() / 2) / 1e6, times.get(times.size() * 95 / 100) / 1e6,
                                  times.get(times.size() - 1) / 1e6);
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        System.exit(0);
    }

    private static long streamAll(String base, long expected, Runnable halfWay) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(
                BenchmarkApps.request(base + "/api/events?after=0")
                           .header("Accept", "application/x-ndjson").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long count = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                                                                            StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while (count < expected && (line = lines.readLine()) != null) {
                if (line.startsWith("{")) {
                    count++;
                    if (count == expected / 2) {
                        halfWay.run();
                    }
                }
            }
        }
        return count;
    }

    private static long load(Consumer<List<EventMessage<?>>> events, int complaints, int longest) {
        long count = 0;
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int n = 0; n < complaints; n++) {
            ComplaintId id = new ComplaintId("c-" + n);
            OfficeId office = new OfficeId("office-" + (n % OFFICES));
            Instant received = at.plusSeconds(n * 60L);
            List<Object> lifecycle = List.of(
                    new ComplaintRegistered(id, office, new ComplaintNumber("TS-2026-" + n), ComplaintChannel.PHONE,
                                            new HouseholdId("h-" + n % 5_000), ComplaintCategory.CLEANING,
                                            "Corridor on floor " + n % 30 + " not cleaned", received, CLERK, null,
                                            received.plus(Duration.ofDays(1)), received.plus(Duration.ofDays(3)),
                                            POLICY),
                    new ComplaintVerified(id, "confirmed", "clean", received.plusSeconds(600), CLERK),
                    new ComplaintDispatched(id, new DepartmentId("cleaning"), received.plusSeconds(900), CLERK,
                                            received.plus(Duration.ofDays(1)), POLICY),
                    new FirstReplyGiven(id, "on it", received.plusSeconds(1800), CLERK, true),
                    new ComplaintClosed(id, ClosingReason.COMPLAINANT_SATISFIED, received.plusSeconds(7200), CLERK));
            publish(events, id.value(), lifecycle);
            count += lifecycle.size();
        }
        return count + longHistories(events, at, "long-", true, longest);
    }

    /**
     * One complaint per {@link #HISTORY_LENGTHS} entry ({@code <prefix><length>}), one commit per event: escalations,
     * which the view lists, so that it grows with the history ({@code growing}), or classifications, which keep it
     * the same size.
     */
    static long longHistories(Consumer<List<EventMessage<?>>> events, Instant at, String prefix, boolean growing,
                              int longest) {
        long count = 0;
        for (int length : Arrays.stream(HISTORY_LENGTHS).filter(length -> length <= longest).toArray()) {
            ComplaintId id = new ComplaintId(prefix + length);
            List<Object> history = new ArrayList<>();
            history.add(new ComplaintRegistered(id, new OfficeId("office-0"), new ComplaintNumber("TS-L-" + length),
                                                ComplaintChannel.PHONE, new HouseholdId("h-1"),
                                                ComplaintCategory.OTHER, "long history", at, CLERK, null,
                                                at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(3)), POLICY));
            for (int i = 1; i < length; i++) {
                history.add(growing ? new ComplaintEscalated(id, EscalationLevel.values()[i % EscalationLevel.values().length],
                                                             "still open", at.plusSeconds(i), CLERK)
                                    : new ComplaintClassified(id, i % 2 == 0 ? ComplaintSeverity.GENERAL : ComplaintSeverity.MAJOR,
                                                              Responsibility.OWN, at.plusSeconds(i), CLERK));
            }
            for (int sequence = 0; sequence < history.size(); sequence++) {
                // one commit per event, as commands write them
                events.accept(List.of(new GenericDomainEventMessage<>("Complaint", id.value(), sequence,
                                                                      history.get(sequence))));
            }
            count += history.size();
        }
        return count;
    }

    private static void publish(Consumer<List<EventMessage<?>>> events, String aggregate, List<?> payloads) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Complaint", aggregate, sequence, payloads.get(sequence)));
        }
        events.accept(messages);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String get(String uri) throws Exception {
        return BenchmarkApps.get(uri);
    }
}
