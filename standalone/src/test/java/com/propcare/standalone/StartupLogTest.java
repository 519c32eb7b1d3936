package com.propcare.standalone;

import com.propcare.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh start of the standalone application tells an operator what runs where in a few dozen lines, with no
 * stack trace: the libraries' progress reports stay at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogTest {

    @TempDir
    Path data;

    @Test
    void a_fresh_start_logs_fewer_than_sixty_lines_and_no_stack_trace(CapturedOutput output) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(Stream.concat(Stream.of("--server.port=0", "--propcare.mongodb.uri=",
                                             "--propcare.mongodb.data-dir=" + data),
                                   TestUsers.arguments().stream()).toArray(String[]::new))) {
            List<String> lines = output.getAll().lines().toList();
            List<String> logged = lines.stream().filter(line -> line.matches(".*\\s(INFO|WARN|ERROR)\\s.*")).toList();
            assertThat(logged).as("lines logged at INFO and above").hasSizeLessThan(60);
            assertThat(lines).as("stack traces").noneMatch(line -> line.startsWith("\tat "));
        }
    }
}
