package com.propcare.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The API tour as a reader runs it: its shell blocks, taken from {@code docs/api-tour.md} in order, run with bash and
 * curl against a freshly started standalone application (the tour's {@code localhost:8080} pointed at it). Every
 * answer the tour prints with its status is a success, except the refusals the text announces with their status,
 * and nothing is a server error. Then every event the tour left in the log, read from the feed as an integrator
 * reads it, validates against the schema the feed publishes for its type.
 */
class ApiTourTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ANNOUNCED = Pattern.compile("#\\s*(4\\d\\d)\\b");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");
    private static final Pattern EXAMPLE = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    /** A field of an example answer with a literal value; "…" marks what differs from run to run. */
    private static final Pattern LITERAL_FIELD = Pattern.compile(
            "\"[A-Za-z]+\":(?:\"[^\"…]*\"|true|false|-?\\d+)(?=[,}])");

    @TempDir
    Path workingDirectory;

    @Test
    void every_step_of_the_tour_answers_as_the_text_says() throws Exception {
        String tour = Files.readString(PROJECT.resolve("docs").resolve("api-tour.md"));
        String steps = tour.substring(0, tour.indexOf("\n## Errors"));
        StringBuilder script = new StringBuilder("set -u\n");
        List<String> announced = new ArrayList<>();
        Matcher block = BLOCK.matcher(steps);
        while (block.find()) {
            script.append(block.group(1)).append('\n');
            Matcher refusal = ANNOUNCED.matcher(block.group(1));
            while (refusal.find()) {
                announced.add(refusal.group(1));
            }
        }
        Files.createDirectories(workingDirectory.resolve("demo"));
        Files.copy(PROJECT.resolve("demo").resolve("households-office-1.csv"),
                   workingDirectory.resolve("demo").resolve("households-office-1.csv"));

        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(StandaloneApplication.class)
                .run("--server.port=0", "--propcare.mongodb.uri=",
                     "--propcare.mongodb.data-dir=" + workingDirectory.resolve("data"))) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            Path file = workingDirectory.resolve("tour.sh");
            Files.writeString(file, script.toString().replace("localhost:8080", "localhost:" + port));
            Process run = new ProcessBuilder("bash", file.toString()).directory(workingDirectory.toFile())
                                                                    .redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes());
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();

            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output).doesNotContain("curl: (").doesNotContainPattern("\"status\":5\\d\\d");
            List<String> refused = new ArrayList<>();
            Matcher status = STATUS_LINE.matcher(output);
            int answers = 0;
            while (status.find()) {
                answers++;
                if (!status.group(1).startsWith("2")) {
                    refused.add(status.group(1));
                }
            }
            assertThat(answers).as("answers printed with their status").isGreaterThan(20);
            assertThat(refused).as("the refusals the tour announces, in order").isEqualTo(announced);
            List<String> shown = new ArrayList<>();
            Matcher example = EXAMPLE.matcher(steps);
            while (example.find()) {
                Matcher field = LITERAL_FIELD.matcher(example.group(1));
                while (field.find()) {
                    // complaint numbers carry the year of the day the tour runs
                    if (!field.group().matches(".*\\b20\\d\\d\\b.*")) {
                        shown.add(field.group());
                    }
                }
            }
            assertThat(shown).as("fields the text shows").hasSizeGreaterThan(10);
            assertThat(shown).as("fields the text shows, in the answers").allMatch(output::contains);

            LogHead head = new LogHead(application.getBean(EventStorageEngine.class));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(head::settled);
            assertEveryEventKeepsItsSchema("http://localhost:" + port, head.events());
        }
    }

    private static void assertEveryEventKeepsItsSchema(String base, long events) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());
        ObjectMapper json = new ObjectMapper();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<String, Schema> schemas = new HashMap<>();
        List<String> violations = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        HttpResponse<Stream<String>> feed = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/events")).header("Authorization", authorization)
                           .header("Accept", "application/x-ndjson").build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = feed.body()) {
            Iterator<String> line = lines.filter(text -> !text.isBlank()).iterator();
            for (long read = 0; read < events; read++) {
                JsonNode event = json.readTree(line.next());
                String type = event.get("type").asText();
                types.add(type);
                Schema schema = schemas.computeIfAbsent(type, name -> registry.getSchema(get(http, authorization,
                        base + "/api/events/schemas/" + name)));
                schema.validate(event.get("data"))
                      .forEach(error -> violations.add(type + " " + error + " in " + event.get("data")));
            }
        }
        assertThat(violations).isEmpty();
        assertThat(types).as("event types the tour produced").hasSizeGreaterThan(25);
    }

    private static String get(HttpClient http, String authorization, String uri) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", authorization).build(),
                             HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
