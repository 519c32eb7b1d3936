package com.propcare.command.complaint;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** An in-process MongoDB-compatible server with one database, reached through the official driver. */
final class InMemoryMongoServer implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    InMemoryMongoServer() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    MongoDatabase database() {
        return client.getDatabase("command-side-test");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
