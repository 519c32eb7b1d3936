package com.propcare.eventstore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoDatabase;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server inside this process, so that the official driver talks real MongoDB protocol
 * without a {@code mongod}. The H2 backend keeps everything in one file and survives restarts; the memory backend
 * is for tests.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongoServer(MongoBackend backend, String description) {
        // it keeps no secondary indexes (reads by exact key are what it is used for) and would warn at every start
        // for each one a library asks for; that limit is documented, not news
        LoggingSystem.get(EmbeddedMongoServer.class.getClassLoader())
                     .setLogLevel(AbstractMongoDatabase.class.getName(), LogLevel.ERROR);
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
        log.info("Event store: embedded MongoDB-compatible server ({}) listening on {}", description,
                 connectionString);
    }

    public static EmbeddedMongoServer fileBacked(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        Path file = dataDir.resolve("propcare.mv").toAbsolutePath();
        return new EmbeddedMongoServer(new CommittingH2Backend(file.toString()), "H2 file " + file);
    }

    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "in memory, lost on exit");
    }

    public String connectionString() {
        return connectionString;
    }

    EmbeddedStoreHandle handle() {
        return new EmbeddedStoreHandle(connectionString, this);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
