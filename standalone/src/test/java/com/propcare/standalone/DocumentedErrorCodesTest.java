package com.propcare.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API tour's table of errors names only codes the code can answer with: each is a string the main code of some
 * module holds (a refusal code constant or a problem written by the edge). A code renamed in the code and not in
 * the table fails here.
 */
class DocumentedErrorCodesTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`");

    @Test
    void every_code_of_the_error_table_is_one_the_code_produces() throws IOException {
        String tour = Files.readString(PROJECT.resolve("docs").resolve("api-tour.md"));
        int start = tour.indexOf("\n## Errors");
        int end = tour.indexOf("\n#", start + 1);
        String table = tour.substring(start, end < 0 ? tour.length() : end);
        Set<String> documented = new TreeSet<>();
        Matcher codes = CODE.matcher(table);
        while (codes.find()) {
            documented.add(codes.group(1));
        }
        String sources = mainSources();

        List<String> unknown = new ArrayList<>();
        for (String code : documented) {
            if (!sources.contains("\"" + code + "\"") && !sources.contains("\"" + code + ":")) {
                unknown.add(code);
            }
        }
        assertThat(documented).hasSizeGreaterThan(30);
        assertThat(unknown).as("codes in the error table that no main code produces").isEmpty();
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(PROJECT)) {
            files.filter(file -> file.toString().endsWith(".java"))
                 .filter(file -> file.toString().contains("/src/main/java/"))
                 .forEach(file -> {
                     try {
                         all.append(Files.readString(file)).append('\n');
                     } catch (IOException e) {
                         throw new UncheckedIOException(e);
                     }
                 });
        }
        return all.toString();
    }
}
