package com.propcare.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API tour as a reader runs it: its shell blocks, taken from {@code docs/api-tour.md} in order, run with bash and
 * curl against a freshly started standalone application (the tour's {@code localhost:8080} pointed at it). Every
 * answer the tour prints with its status is a success, except the refusals the text announces with their status,
 * and nothing is a server error.
 */
class ApiTourTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ANNOUNCED = Pattern.compile("#\\s*(4\\d\\d)\\b");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

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
        }
    }
}
