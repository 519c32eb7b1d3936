package com.propcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The MongoDB a storage test runs against, reached through the official driver. By default a MongoDB-wire-compatible
 * server in memory, started for the test. Given a real deployment ({@code -Dpropcare.test.mongodb-uri=…}, or
 * {@code MONGODB_URI} which the build passes on as that property; a replica set), the test runs there instead, in databases of its own (a random prefix per
 * instance) that are dropped when it closes: how an operator proves the store, the token store, the read models and
 * scale-out on their own MongoDB before going live.
 */
public final class TestMongo implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;
    private final MongoClient client;
    private final String prefix;
    private final Set<String> databases = new LinkedHashSet<>();

    public TestMongo() {
        String configured = configuredUri();
        if (configured == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            connectionString = "mongodb://127.0.0.1:" + address.getPort();
            prefix = "";
        } else {
            server = null;
            connectionString = configured;
            prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
        }
        client = MongoClients.create(connectionString);
    }

    /** The deployment named for the test run, or null for the server in memory. */
    public static String configuredUri() {
        String uri = System.getProperty("propcare.test.mongodb-uri");
        return uri == null || uri.isBlank() ? null : uri.trim();
    }

    public String connectionString() {
        return connectionString;
    }

    /** This instance's name for a database: the name itself in memory, a name of its own on a real deployment. */
    public String databaseName(String name) {
        String own = prefix + name;
        databases.add(own);
        return own;
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(databaseName(name));
    }

    @Override
    public void close() {
        if (server == null) {
            databases.forEach(name -> client.getDatabase(name).drop());
        }
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }
}
