package com.propcare.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference in {@code docs/operations.md} is the settings the applications declare: Spring Boot's
 * configuration metadata of every module (generated from the {@code @ConfigurationProperties} records, written by
 * hand beside each {@code @Value}). A setting the code reads but does not declare, a declared setting without a row,
 * and a row (there or in the README) naming no setting each fail.
 */
class ConfigurationReferenceTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern READ_IN_CODE = Pattern.compile(
            "(?:\\$\\{|getProperty\\(\"|@ConditionalOnProperty\\(\")(propcare\\.[a-z0-9.-]*[a-z0-9])");
    private static final Pattern SET_IN_PROPERTIES = Pattern.compile("(?m)^(propcare\\.[a-z0-9.-]*[a-z0-9])=");
    private static final Pattern ROW_NAME = Pattern.compile("(?m)^\\| `(propcare\\.[^`]+)`");
    private static final Pattern README_NAME = Pattern.compile("`(propcare\\.[a-z0-9.-]*[a-z0-9])`");

    @Test
    void every_setting_the_code_reads_is_declared() throws IOException {
        Map<String, String> declared = declared();
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PROJECT, 16)) {
            for (Path file : files.filter(ConfigurationReferenceTest::applicationSource).toList()) {
                String text = Files.readString(file);
                Matcher matcher = (file.toString().endsWith(".java") ? READ_IN_CODE : SET_IN_PROPERTIES).matcher(text);
                while (matcher.find()) {
                    read.add(matcher.group(1));
                }
            }
        }
        assertThat(read).hasSizeGreaterThan(30);
        assertThat(read.stream().filter(name -> !covered(name, declared)).toList())
                .as("settings read without a declaration in META-INF/additional-spring-configuration-metadata.json")
                .isEmpty();
    }

    @Test
    void the_reference_has_a_row_for_every_declared_setting_and_no_other() throws IOException {
        Map<String, String> declared = declared();
        String operations = Files.readString(PROJECT.resolve("docs").resolve("operations.md"));
        String reference = operations.substring(operations.indexOf("\n## Configuration reference"));
        Set<String> rows = new TreeSet<>();
        Matcher row = ROW_NAME.matcher(reference);
        while (row.find()) {
            rows.add(row.group(1).replaceAll("\\.<name>\\.\\*$", ""));
        }

        assertThat(rows).containsExactlyInAnyOrderElementsOf(declared.keySet());
    }

    @Test
    void every_setting_the_readme_names_exists() throws IOException {
        Map<String, String> declared = declared();
        Matcher name = README_NAME.matcher(Files.readString(PROJECT.resolve("README.md")));
        Set<String> named = new TreeSet<>();
        while (name.find()) {
            named.add(name.group(1));
        }
        assertThat(named).isNotEmpty();
        assertThat(named.stream().filter(setting -> !declared.containsKey(setting)).toList()).isEmpty();
    }

    /** Every {@code propcare.} setting of the modules' configuration metadata, by name, with its type. */
    private static Map<String, String> declared() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> declared = new TreeMap<>();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                                       "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : Collections.list(ConfigurationReferenceTest.class.getClassLoader().getResources(resource))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asText();
                        if (name.startsWith("propcare.")) {
                            declared.put(name, property.path("type").asText());
                        }
                    }
                }
            }
        }
        assertThat(declared).hasSizeGreaterThan(40);
        return declared;
    }

    /** A setting is covered by its own declaration, or by a declared map it is an entry of. */
    private static boolean covered(String name, Map<String, String> declared) {
        return declared.containsKey(name) || declared.entrySet().stream().anyMatch(
                entry -> entry.getValue().startsWith("java.util.Map") && name.startsWith(entry.getKey() + "."));
    }

    private static boolean applicationSource(Path file) {
        String path = PROJECT.relativize(file).toString().replace('\\', '/');
        boolean main = path.contains("/src/main/") && !path.contains("/target/") && !path.startsWith("benchmarks/");
        return main && (path.endsWith(".java") || path.endsWith(".properties"));
    }
}
