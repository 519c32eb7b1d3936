package com.propcare.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.propcare.eventstore.EventStoreConfiguration;
import com.propcare.eventstore.MongoEventStorageEngine;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/** Fills a fresh database straight through the storage engine, as if a long history of commands had run. */
final class Preload {

    private Preload() {
    }

    /**
     * @param load appends the history through the consumer it is given and answers how many events it appended
     * @return the number of events appended
     */
    static long into(String connection, String database, ToLongFunction<Consumer<List<EventMessage<?>>>> load) {
        try (MongoClient client = MongoClients.create(connection)) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(client.getDatabase(database))
                    .eventSerializer(EventStoreConfiguration.plainJsonSerializer())
                    .snapshotSerializer(EventStoreConfiguration.plainJsonSerializer())
                    .build();
            engine.ensureIndexes();
            long started = System.nanoTime();
            long appended = load.applyAsLong(engine::appendEvents);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%nlog: %,d events appended in %.1f s (%,.0f events/s)%n", appended, seconds,
                              appended / seconds);
            return appended;
        }
    }
}
