package com.propcare.standalone;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.UpdateOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A tracking event handler that writes down, durably, every event it is given; a second delivery of the same event
 * is counted as a duplicate. Survives restarts because it lives in the store.
 */
@ProcessingGroup("delivery-probe")
class DeliveryProbe {

    private final MongoDatabase database;

    DeliveryProbe(MongoDatabase database) {
        this.database = database;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        try {
            database.getCollection("probe_deliveries").insertOne(new Document("_id", message.getIdentifier()));
        } catch (MongoWriteException duplicate) {
            database.getCollection("probe_duplicates")
                    .updateOne(Filters.eq("_id", "count"), Updates.inc("value", 1), new UpdateOptions().upsert(true));
        }
    }

    long deliveries() {
        return database.getCollection("probe_deliveries").countDocuments();
    }

    long duplicates() {
        Document count = database.getCollection("probe_duplicates").find(Filters.eq("_id", "count")).first();
        return count == null ? 0 : count.getInteger("value");
    }

    @TestConfiguration
    static class Wiring {
        @Bean
        DeliveryProbe deliveryProbe(MongoDatabase database) {
            return new DeliveryProbe(database);
        }
    }
}
