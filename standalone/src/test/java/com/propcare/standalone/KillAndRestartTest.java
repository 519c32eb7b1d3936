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
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the standalone application as a separate process, kills it with SIGKILL while commands are streaming in,
 * starts it again on the same data directory and checks that every acknowledged command is there.
 */
class KillAndRestartTest {

    @TempDir
    Path data;

    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private WebTestClient start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                                                       StandaloneApplication.class.getName(), "--server.port=" + port,
                                                       "--propcare.mongodb.uri=",
                                                       "--propcare.mongodb.data-dir=" + data));
        command.addAll(TestUsers.arguments());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + "-app.log").toFile())
                .start();
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                                         .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER))
                                         .responseTimeout(Duration.ofSeconds(10)).build();
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(
                () -> web.get().uri("/actuator/health").exchange().returnResult(String.class).getStatus()
                         .is2xxSuccessful());
        return web;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void no_acknowledged_command_is_lost_when_the_process_is_killed() throws Exception {
        int port = freePort();
        WebTestClient web = start(port);
        TestOffice office = TestOffice.register(web, "office-1");
        List<String> households = office.importHouseholds("h-kill-", 300);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        List<CompletableFuture<Void>> clients = List.of(
                CompletableFuture.runAsync(() -> registerUntilKilled(web, households, office.clerk(), acknowledged,
                                                                     killed)),
                CompletableFuture.runAsync(() -> registerUntilKilled(web, households, office.clerk(), acknowledged,
                                                                     killed)));
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 30);

        process.destroyForcibly().waitFor();
        killed.set(true);
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();

        WebTestClient restarted = start(port);
        for (String id : acknowledged) {
            restarted.post().uri("/api/complaints/" + id + "/verify").contentType(MediaType.APPLICATION_JSON)
                     .bodyValue("{\"findings\":\"still here\",\"proposedHandling\":\"go on\"}")
                     .exchange().expectStatus().isAccepted();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : acknowledged) {
                Map<?, ?> view = restarted.get().uri("/api/complaints/" + id).exchange()
                                          .expectBody(Map.class).returnResult().getResponseBody();
                assertThat(view.get("status")).isEqualTo("VERIFIED");
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static void registerUntilKilled(WebTestClient web, List<String> households, String clerk,
                                            List<String> acknowledged, AtomicBoolean killed) {
        Random random = new Random();
        while (!killed.get()) {
            try {
                EntityExchangeResult<Map> result = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                                .bodyValue("""
                                        {"officeId":"office-1","channel":"HOTLINE","householdId":"%s",
                                         "category":"WATER_SUPPLY","summary":"No water","receivedAt":"2026-11-20T08:00:00Z",
                                         "receivedBy":"%s"}""".formatted(households.get(random.nextInt(households.size())),
                                                                        clerk))
                                .exchange().expectBody(Map.class).returnResult();
                if (result.getStatus().value() == 201) {
                    acknowledged.add(result.getResponseBody().get("id").toString());
                }
            } catch (RuntimeException connectionLost) {
                // the process is gone: what was not acknowledged may or may not be stored
            }
        }
    }
}
