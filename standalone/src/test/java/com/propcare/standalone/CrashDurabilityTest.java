package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients register complaints with {@code Idempotency-Key}s while the standalone process is killed with SIGKILL
 * at random moments, several times; after each restart they retry, with the same key, every request that got no
 * answer. Then every complaint acknowledged with 2xx is in the log exactly once, a refused request left nothing,
 * a retried one took effect once, and the read models have caught up. Loopback only, bounded in kills and time:
 * {@code -Dpropcare.crash.kills=N} (default 3) runs it longer; the figures are printed.
 */
class CrashDurabilityTest {

    private static final String OFFICE = "office-1";
    private static final int CLIENTS = 4;
    /** Households registered for the markers; no run comes near this many requests. */
    private static final int MARKERS = 1000;

    @TempDir
    Path data;

    private Process process;
    private int port;

    /** One request a client wants answered: the marker (its household id) tells its complaint apart. */
    private record Attempt(String key, String marker, boolean valid) {
    }

    /** An answer: its status, the id of the complaint a 2xx named, and whether it was a recovered attempt's. */
    private record Answer(int status, String id, boolean recovered) {
    }

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void every_acknowledged_command_is_stored_exactly_once_across_kills() throws Exception {
        int kills = Integer.getInteger("propcare.crash.kills", 3);
        long seed = Long.getLong("propcare.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        port = freePort();
        // the restarted process listens on the same port, so the clients keep their client
        WebTestClient web = start();
        TestOffice office = TestOffice.register(web, OFFICE);
        office.importHouseholds("h-crash-", MARKERS);
        String clerk = office.clerk();

        ConcurrentLinkedQueue<Attempt> unanswered = new ConcurrentLinkedQueue<>();
        Map<String, Answer> answered = new ConcurrentHashMap<>();
        Map<String, Attempt> attempts = new ConcurrentHashMap<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicBoolean generating = new AtomicBoolean(true);
        AtomicBoolean running = new AtomicBoolean(true);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            clients.add(CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    Attempt attempt = unanswered.poll();
                    if (attempt != null) {
                        retries.incrementAndGet();
                    } else if (generating.get() && sequence.get() < MARKERS) {
                        int n = sequence.incrementAndGet();
                        attempt = new Attempt("crash-key-" + n, "h-crash-" + n, n % 10 != 0);
                        attempts.put(attempt.key(), attempt);
                    } else {
                        Thread.onSpinWait();
                        continue;
                    }
                    Answer answer = send(web, attempt, clerk);
                    if (answer == null) {
                        unanswered.add(attempt);
                        untilServing(web);
                    } else if (answer.status() == 409) {
                        unanswered.add(attempt);
                    } else {
                        answered.put(attempt.key(), answer);
                    }
                }
            }));
        }

        List<Long> restartMillis = new ArrayList<>();
        for (int kill = 0; kill < kills; kill++) {
            int before = answered.size();
            int wanted = before + 10 + random.nextInt(40);
            await().atMost(Duration.ofSeconds(60)).until(() -> answered.size() >= wanted);
            process.destroyForcibly().waitFor();
            long restarting = System.nanoTime();
            start();
            restartMillis.add((System.nanoTime() - restarting) / 1_000_000);
        }
        generating.set(false);
        await().atMost(Duration.ofSeconds(120)).until(() -> answered.size() == attempts.size());
        running.set(false);
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();

        Map<String, Integer> stored = storedByMarker(web, answered);
        List<String> acknowledged = new ArrayList<>();
        answered.forEach((key, answer) -> {
            Attempt attempt = attempts.get(key);
            if (answer.status() / 100 == 2) {
                acknowledged.add(attempt.marker());
                assertThat(stored.getOrDefault(attempt.marker(), 0))
                        .as("complaints for %s answered %s; GET /api/complaints/%s is %s", attempt, answer,
                            answer.id(), web.get().uri("/api/complaints/" + answer.id()).exchange()
                                            .returnResult(String.class).getStatus())
                        .isEqualTo(1);
            } else {
                assertThat(attempt.valid()).as(attempt + " was refused with " + answer).isFalse();
                assertThat(stored).as("a refused request left a complaint").doesNotContainKey(attempt.marker());
            }
        });
        assertThat(stored.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(acknowledged.size());
        System.out.printf("crash durability: seed %d, %d kills, %d requests (%d retries), %d acknowledged, "
                                  + "%d of them recovered after a takeover, %d refused, duplicates 0, lost 0, "
                                  + "restart to healthy %s ms%n",
                          seed, kills, attempts.size(), retries.get(), acknowledged.size(),
                          answered.values().stream().filter(Answer::recovered).count(),
                          attempts.size() - acknowledged.size(), restartMillis);
    }

    /** A client that got no answer waits for the server to be back before it tries again. */
    private static void untilServing(WebTestClient web) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(
                () -> web.get().uri("/actuator/health").exchange().returnResult(String.class).getStatus()
                         .is2xxSuccessful());
    }

    @SuppressWarnings("rawtypes")
    private static Answer send(WebTestClient web, Attempt attempt, String clerk) {
        String receivedAt = attempt.valid() ? "2026-11-20T08:00:00Z" : "2999-01-01T00:00:00Z";
        try {
            EntityExchangeResult<Map> result = web.post().uri("/api/complaints")
                                                     .contentType(MediaType.APPLICATION_JSON)
                                                     .header("Idempotency-Key", attempt.key())
                                                     .bodyValue("""
                                                             {"officeId":"%s","channel":"HOTLINE","householdId":"%s",
                                                              "category":"WATER_SUPPLY","summary":"No water",
                                                              "receivedAt":"%s","receivedBy":"%s"}"""
                                                                        .formatted(OFFICE, attempt.marker(), receivedAt,
                                                                                   clerk))
                                                     .exchange().expectBody(Map.class).returnResult();
            Map<?, ?> body = result.getResponseBody();
            return new Answer(result.getStatus().value(), body == null ? null : String.valueOf(body.get("id")),
                              body != null && Boolean.TRUE.equals(body.get("recovered")));
        } catch (RuntimeException noAnswer) {
            // killed mid-request or not up yet: whether it was stored is unknown, so it is retried with its key
            return null;
        }
    }

    /**
     * How many complaints the read model holds per marker, read once it holds at least every acknowledgement and
     * stopped changing (paging a list that is still filling would shift items between pages).
     */
    private static Map<String, Integer> storedByMarker(WebTestClient web, Map<String, Answer> answered) {
        long acknowledged = answered.values().stream().filter(answer -> answer.status() / 100 == 2).count();
        long[] seen = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long total = ((Number) page(web, 0).get("total")).longValue();
            boolean settled = total >= acknowledged && total == seen[0];
            seen[0] = total;
            return settled;
        });
        Map<String, Integer> stored = new HashMap<>();
        for (int page = 0; page * 200L < seen[0]; page++) {
            ((List<?>) page(web, page).get("items")).forEach(item -> stored.merge(
                    String.valueOf(((Map<?, ?>) item).get("household")), 1, Integer::sum));
        }
        return stored;
    }

    private static Map<?, ?> page(WebTestClient web, int page) {
        return web.get().uri("/api/complaints?office=" + OFFICE + "&size=200&page=" + page).exchange()
                  .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                                                       StandaloneApplication.class.getName(), "--server.port=" + port,
                                                       "--propcare.mongodb.uri=", "--propcare.mongodb.data-dir=" + data,
                                                       "--propcare.idempotency.abandon-after=PT2S",
                                                       "--propcare.security.demo-users=false"));
        command.addAll(TestUsers.arguments());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                                             .redirectOutput(ProcessBuilder.Redirect.appendTo(
                                                     data.resolveSibling(data.getFileName() + "-app.log").toFile()))
                                             .start();
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                                         .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER))
                                         .responseTimeout(Duration.ofSeconds(10)).build();
        untilServing(web);
        return web;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
