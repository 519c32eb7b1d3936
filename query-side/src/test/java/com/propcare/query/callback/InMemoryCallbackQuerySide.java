package com.propcare.query.callback;

import com.mongodb.client.MongoDatabase;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.eventstore.TestMongo;
import com.propcare.eventstore.MutableClock;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The callbacks' read side with nothing stubbed: the real projection and query handlers over an in-memory
 * MongoDB-compatible server, behind Axon's local query bus. Events go in as domain event messages, so the
 * handlers' sequence-number and timestamp parameters are resolved as in a running processor.
 */
final class InMemoryCallbackQuerySide implements AutoCloseable {

    private static final List<String> COLLECTIONS = List.of(CallbackViews.COLLECTION, CallbackIndexes.BY_OFFICE,
                                                            CallbackIndexes.BY_ROLE, CallbackIndexes.BY_ASSIGNEE);

    final MutableClock clock = new MutableClock(CallbackEvents.NOW, CallbackEvents.ZONE);
    final QueryGateway queryGateway;
    private final TestMongo mongo = new TestMongo();
    private final MongoDatabase database = mongo.database("callbacks-test");
    private final AnnotationEventHandlerAdapter projection;

    InMemoryCallbackQuerySide() {
        CallbackIndexes indexes = new CallbackIndexes(database);
        CallbackViews views = new CallbackViews(database, indexes);
        projection = new AnnotationEventHandlerAdapter(new CallbackViewProjection(views));
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new CallbackQueries(views, indexes, clock)).subscribe(queryBus);
        queryGateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    void project(CallbackEvents.Recorded recorded) {
        CallbackEvent event = recorded.event();
        try {
            projection.handle(new GenericDomainEventMessage<>("Callback", recorded.callbackId(), recorded.sequence(),
                                                              event, MetaData.emptyInstance(),
                                                              UUID.randomUUID().toString(), recorded.at()));
        } catch (Exception e) {
            throw new IllegalStateException("projection refused event #" + recorded.sequence() + " " + event, e);
        }
    }

    void project(List<CallbackEvents.Recorded> events) {
        events.forEach(this::project);
    }

    void reset() {
        projection.prepareReset();
    }

    <R> R ask(Object query, Class<R> answer) {
        return queryGateway.query(query, answer).join();
    }

    /** Every stored document of the read model, by collection and id, to compare two states whole. */
    Map<String, List<Document>> stored() {
        Map<String, List<Document>> stored = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            List<Document> documents = database.getCollection(collection).find()
                                               .sort(new Document("_id", 1)).into(new ArrayList<>());
            stored.put(collection, documents);
        }
        return stored;
    }

    @Override
    public void close() {
        mongo.close();
    }
}
