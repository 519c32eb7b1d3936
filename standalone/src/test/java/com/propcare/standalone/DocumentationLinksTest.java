package com.propcare.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of the README and of {@code docs/} leads somewhere: the file exists and, where the link names
 * an anchor, the file has a heading of that name (as the forge makes anchors of headings).
 */
class DocumentationLinksTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

    @Test
    void every_relative_link_and_anchor_resolves() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(PROJECT.resolve("README.md"), PROJECT.resolve("CHANGELOG.md")));
        try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path document : documents) {
            for (String target : links(document)) {
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                checked++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(PROJECT.relativize(document) + ": " + target + " (no such file)");
                } else if (anchor != null && !anchors(resolved).contains(anchor)) {
                    broken.add(PROJECT.relativize(document) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(broken).isEmpty();
    }

    /** The lines of a document outside its code blocks. */
    private static List<String> prose(Path document) throws IOException {
        List<String> prose = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(document)) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (!code) {
                prose.add(line);
            }
        }
        return prose;
    }

    /** Links outside code blocks. */
    private static List<String> links(Path document) throws IOException {
        List<String> links = new ArrayList<>();
        for (String line : prose(document)) {
            Matcher matcher = LINK.matcher(line);
            while (matcher.find()) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    /** The anchors the forge makes of a file's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path file) throws IOException {
        Set<String> anchors = new HashSet<>();
        if (!file.toString().endsWith(".md")) {
            return anchors;
        }
        for (String line : prose(file)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                anchors.add(heading.group(1).trim().toLowerCase(Locale.ROOT)
                                   .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
