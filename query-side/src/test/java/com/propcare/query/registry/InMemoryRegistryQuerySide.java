package com.propcare.query.registry;

import com.mongodb.client.MongoDatabase;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.personal.PersonalDataVault;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The registry's read side with nothing stubbed: the real projections, query handlers and vault over an in-memory
 * MongoDB-compatible server, behind Axon's local query bus. Events go in as domain event messages of their
 * aggregate, as a processor would deliver them.
 */
final class InMemoryRegistryQuerySide implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-04T01:00:00Z");

    final MongoDatabase database;
    final PersonalDataVault vault;
    final OfficeViews offices;
    final HouseholdViews households;
    final StaffViews staff;
    final QueryGateway queryGateway;
    private final TestMongo mongo = new TestMongo();
    private final List<AnnotationEventHandlerAdapter> projections;

    InMemoryRegistryQuerySide() {
        database = mongo.database("registry-test");
        vault = new PersonalDataVault(database, Clock.fixed(NOW, ZoneOffset.UTC));
        offices = new OfficeViews(database);
        households = new HouseholdViews(database);
        staff = new StaffViews(database);
        projections = List.of(new AnnotationEventHandlerAdapter(new OfficeViewProjection(offices)),
                              new AnnotationEventHandlerAdapter(new HouseholdViewProjection(households)),
                              new AnnotationEventHandlerAdapter(new StaffViewProjection(staff)));
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new RegistryQueries(offices, households, staff, new ResidentOpener(vault)))
                .subscribe(queryBus);
        queryGateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    /** Delivers one event of an aggregate's stream to every projection of the processing group. */
    void project(String aggregateId, long sequence, Object event) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                "Aggregate", aggregateId, sequence, event, MetaData.emptyInstance(), UUID.randomUUID().toString(), NOW);
        for (AnnotationEventHandlerAdapter projection : projections) {
            try {
                if (projection.canHandle(message)) {
                    projection.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("projection refused event #" + sequence + " " + event, e);
            }
        }
    }

    void reset() {
        projections.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    <R> R ask(Object query, Class<R> answer) {
        return queryGateway.query(query, answer).join();
    }

    @Override
    public void close() {
        mongo.close();
    }
}
