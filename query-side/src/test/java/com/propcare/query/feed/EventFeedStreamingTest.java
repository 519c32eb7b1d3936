package com.propcare.query.feed;

import com.propcare.access.TestUsers;
import com.propcare.query.QuerySideApplication;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.ledger.EventFeed;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed under load, over real sockets: a slow reader beside fast ones while 2,000 events/s are written, readers
 * resuming with {@code Last-Event-ID} after dropping out, and sockets reset without a goodbye.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory",
                              "propcare.audit.ledger-interval=PT0.05S", "propcare.feed.poll-interval=PT0.1S",
                              "propcare.feed.heartbeat=PT1S"})
class EventFeedStreamingTest {

    private static final int EVENTS = 10_000;
    private static final int PER_TICK = 20;

    @LocalServerPort
    int port;
    @Autowired
    EventStore events;
    @Autowired
    EventFeed feed;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JsonMapper json;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aSlowReaderFallsBehindAloneAndStillGetsEveryEventWhileFastReadersKeepUp() throws Exception {
        fastReadersLatencyP95(null); // warm-up: the first run pays for class loading and compilation
        long alone = fastReadersLatencyP95(null);
        SlowReader slow = new SlowReader(headPosition());
        long besideSlow = fastReadersLatencyP95(slow);
        long heapWhileBehind = usedHeapAfterReadModelsCaughtUp();
        long slowReceivedWhileWriting = slow.received.get();
        slow.speedUp();
        List<Long> slowReceived = slow.result.get(60, TimeUnit.SECONDS);
        long heapCaughtUp = usedHeapAfterReadModelsCaughtUp();

        System.out.printf("feed: fast readers' latency p95 %d ms alone, %d ms beside a slow reader; the slow reader "
                                  + "had %d of %d events when writing stopped; heap %d MB behind, %d MB caught up%n",
                          alone, besideSlow, slowReceivedWhileWriting, EVENTS, heapWhileBehind >> 20,
                          heapCaughtUp >> 20);
        assertThat(slowReceived).containsExactlyElementsOf(LongStream.range(0, EVENTS).boxed().toList());
        assertThat(slowReceivedWhileWriting).as("the slow reader was far behind").isLessThan(EVENTS / 2);
        // tied to the slow reader, the fast ones would wait seconds (it is thousands of events behind); the margin
        // absorbs the noise of a test run sharing two cores with the rest of the suite
        assertThat(besideSlow).as("fast readers are not slowed by a slow one").isLessThan(2 * alone + 1_000);
        assertThat(heapWhileBehind - heapCaughtUp).as("nothing buffers the slow reader's backlog")
                                                  .isLessThan(8L << 20);
    }

    /** Two fast readers follow the feed while 2,000 events/s are written, beside {@code slow} if given. */
    private long fastReadersLatencyP95(SlowReader slow) throws Exception {
        String run = UUID.randomUUID().toString();
        long after = headPosition();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        List<CompletableFuture<List<Long>>> fast = IntStream.range(0, 2).mapToObj(i -> ndjson(after)
                .filter(event -> run.equals(event.get("data").get("run").asString()))
                .doOnNext(event -> latencies.add(Duration.between(Instant.parse(event.get("time").asString()),
                                                                  Instant.now()).toMillis()))
                .map(event -> event.get("data").get("n").asLong()).take(EVENTS).collectList().toFuture()).toList();
        int readers = 2;
        if (slow != null) {
            slow.start(run);
            readers++;
        }
        int expectedReaders = readers;
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.subscribers() >= expectedReaders);
        writeAtTwoThousandPerSecond(run);
        for (CompletableFuture<List<Long>> reader : fast) {
            assertThat(reader.get(60, TimeUnit.SECONDS))
                    .containsExactlyElementsOf(LongStream.range(0, EVENTS).boxed().toList());
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted.get(sorted.size() * 95 / 100);
    }

    @Test
    void aReaderThatDropsOutResumesWithLastEventIdAndGetsEveryEventOnceInOrder() throws Exception {
        String run = UUID.randomUUID().toString();
        long start = headPosition();
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> writeAtTwoThousandPerSecond(run));
        Random random = new Random(42);
        List<Long> received = new ArrayList<>();
        String lastEventId = Long.toString(start);
        int connections = 0;
        while (received.size() < EVENTS) {
            connections++;
            int takeThisTime = Math.min(EVENTS - received.size(), 1 + random.nextInt(3_000));
            List<SseEvent> batch = sse(lastEventId).filter(event -> run.equals(runOf(event)))
                                                   .take(takeThisTime).collectList().block(Duration.ofSeconds(60));
            for (SseEvent event : batch) {
                received.add(json.readTree(event.data()).get("data").get("n").asLong());
                lastEventId = event.id();
            }
        }
        writing.get(60, TimeUnit.SECONDS);
        assertThat(connections).isGreaterThan(2);
        assertThat(received).containsExactlyElementsOf(LongStream.range(0, EVENTS).boxed().toList());
    }

    @Test
    void readersWhoseSocketsAreResetAreForgottenWithinTwoHeartbeats() throws Exception {
        int baseline = feed.subscribers();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Socket socket = new Socket("localhost", port);
            request(socket, 0, "text/event-stream");
            sockets.add(socket);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> feed.subscribers() == baseline + 5);
        for (Socket socket : sockets) {
            socket.setSoLinger(true, 0);
            socket.close();
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.subscribers() == baseline);
    }

    private void writeAtTwoThousandPerSecond(String run) {
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        AtomicLong next = new AtomicLong();
        CompletableFuture<Void> done = new CompletableFuture<>();
        writer.scheduleAtFixedRate(() -> {
            long first = next.getAndAdd(PER_TICK);
            if (first >= EVENTS) {
                done.complete(null);
                return;
            }
            String aggregate = "ping-" + run + "-" + first;
            List<EventMessage<?>> tick = new ArrayList<>();
            for (int i = 0; i < PER_TICK; i++) {
                tick.add(new GenericDomainEventMessage<>("Ping", aggregate, i, new FeedPing(run, first + i)));
            }
            events.publish(tick);
        }, 0, 10, TimeUnit.MILLISECONDS);
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            writer.shutdownNow();
        }
    }

    private Flux<JsonNode> ndjson(long after) {
        return WebClient.create("http://localhost:" + port).get().uri("/api/events?after=" + after)
                        .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER))
                        .accept(MediaType.APPLICATION_NDJSON).retrieve().bodyToFlux(String.class)
                        .filter(line -> !line.isBlank()).map(json::readTree);
    }

    private record SseEvent(String id, String data) {
    }

    private String runOf(SseEvent event) {
        JsonNode data = json.readTree(event.data()).get("data");
        return data.has("run") ? data.get("run").asString() : null;
    }

    private Flux<SseEvent> sse(String lastEventId) {
        return WebClient.create("http://localhost:" + port).get().uri("/api/events")
                        .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER))
                        .header("Last-Event-ID", lastEventId).accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                        .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                        })
                        .filter(event -> event.data() != null).map(event -> new SseEvent(event.id(), event.data()));
    }

    private long headPosition() {
        return ledger.head().position();
    }

    /**
     * The heap once every read model has passed the events just written: while they catch up, their processors hold
     * fetched events of their own (several MB), which is noise next to what the feed might hold for a slow reader.
     */
    private long usedHeapAfterReadModelsCaughtUp() {
        long head = events.createHeadToken().position().orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .flatMap(processor -> processor.processingStatus().values().stream())
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void request(Socket socket, long after, String accept) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/events?after=" + after + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                           + TestUsers.bearer(TestUsers.TESTER) + "\r\nAccept: " + accept
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads NDJSON over a plain socket with a small receive buffer, a line every few milliseconds. */
    private final class SlowReader {

        private final long after;
        private final AtomicLong received = new AtomicLong();
        /** One line may be read per permit; a timer hands out one every 5 ms until the reader speeds up. */
        private final Semaphore permits = new Semaphore(0);
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private CompletableFuture<List<Long>> result;

        private SlowReader(long after) {
            this.after = after;
        }

        void start(String run) {
            timer.scheduleAtFixedRate(permits::release, 5, 5, TimeUnit.MILLISECONDS);
            result = CompletableFuture.supplyAsync(() -> read(run));
        }

        void speedUp() {
            timer.shutdownNow();
            permits.release(Integer.MAX_VALUE / 2);
        }

        List<Long> read(String run) {
            try (Socket socket = new Socket()) {
                socket.setReceiveBufferSize(4096);
                socket.connect(new InetSocketAddress("localhost", port));
                request(socket, after, "application/x-ndjson");
                BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                                                                                 StandardCharsets.UTF_8), 1024);
                List<Long> numbers = new ArrayList<>();
                String line;
                while (numbers.size() < EVENTS && (line = reader.readLine()) != null) {
                    if (!line.startsWith("{")) {
                        continue;
                    }
                    JsonNode event = json.readTree(line);
                    if (run.equals(event.get("data").get("run").asString())) {
                        numbers.add(event.get("data").get("n").asLong());
                        received.incrementAndGet();
                    }
                    permits.acquire();
                }
                return numbers;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
