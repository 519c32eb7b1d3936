package com.propcare.query.webhook;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The receiver's check the README shows, compiled from the README as it stands and called as a receiver would call
 * it: what the documentation shows is what runs.
 */
final class ReadmeReceiverCheck {

    private static final Path README = Path.of("..", "README.md");
    private static final String IMPORTS = """
            import javax.crypto.Mac;
            import javax.crypto.spec.SecretKeySpec;
            import java.nio.charset.StandardCharsets;
            import java.security.GeneralSecurityException;
            import java.security.MessageDigest;
            import java.time.Instant;
            import java.util.Arrays;
            import java.util.Base64;
            """;

    private final Method verified;

    ReadmeReceiverCheck() throws IOException, ReflectiveOperationException {
        String readme = Files.readString(README);
        int section = readme.indexOf("## Webhooks and exports");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String snippet = readme.substring(start, readme.indexOf("```", start));
        Path directory = Files.createTempDirectory("readme-receiver");
        Path source = directory.resolve("ReadmeReceiver.java");
        Files.writeString(source, IMPORTS + "public class ReadmeReceiver {\n" + snippet + "}\n");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, "-d", directory.toString(), source.toString()) != 0) {
            throw new IllegalStateException("The README's receiver check does not compile");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{directory.toUri().toURL()})) {
            verified = loader.loadClass("ReadmeReceiver").getDeclaredMethod("verified", String.class, String.class,
                                                                            String.class, String.class, byte[].class);
            verified.setAccessible(true);
        }
    }

    boolean verifies(String secret, Receiver.Request request) throws ReflectiveOperationException {
        return (boolean) verified.invoke(null, secret, request.id(), request.timestamp(), request.signature(),
                                         request.body().getBytes(StandardCharsets.UTF_8));
    }
}
