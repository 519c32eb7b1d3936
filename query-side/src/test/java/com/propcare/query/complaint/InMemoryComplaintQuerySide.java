package com.propcare.query.complaint;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.eventstore.MutableClock;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The complaint read side with nothing stubbed: the real projection and query handlers over an in-memory
 * MongoDB-compatible server, behind Axon's local query bus. Events go in as domain event messages, so the
 * handlers' sequence-number and timestamp parameters are resolved as in a running processor.
 */
final class InMemoryComplaintQuerySide implements AutoCloseable {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    final MutableClock clock;
    final ComplaintViews views;
    final ComplaintOfficeIndex officeIndex;
    final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    final QueryGateway queryGateway;
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final AnnotationEventHandlerAdapter projection;
    private final AtomicLong positions = new AtomicLong();

    InMemoryComplaintQuerySide(Instant now) {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("complaints-test");
        clock = new MutableClock(now, OFFICE_ZONE);
        views = new ComplaintViews(database);
        officeIndex = new ComplaintOfficeIndex(database);
        projection = new AnnotationEventHandlerAdapter(
                new ComplaintViewProjection(views, officeIndex, new ComplaintViewSnapshots(database, 100),
                                            updateEmitter, clock));
        SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(updateEmitter).build();
        new AnnotationQueryHandlerAdapter<>(new ComplaintQueries(views, officeIndex, clock)).subscribe(queryBus);
        queryGateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    /** Delivers one event of a complaint's stream as a processor would. */
    void project(long sequence, Instant recordedAt, ComplaintEvent event) {
        try {
            projection.handle(new GenericTrackedDomainEventMessage<>(
                    new GlobalSequenceTrackingToken(positions.incrementAndGet()),
                    new GenericDomainEventMessage<>("Complaint", event.complaintId().value(), sequence,
                            event, MetaData.emptyInstance(), UUID.randomUUID().toString(), recordedAt)));
        } catch (Exception e) {
            throw new IllegalStateException("projection refused event #" + sequence + " " + event, e);
        }
    }

    /** Delivers a whole stream, numbering the events from 0. */
    void project(List<ComplaintEvents.Recorded> stream) {
        for (int sequence = 0; sequence < stream.size(); sequence++) {
            project(sequence, stream.get(sequence).at(), stream.get(sequence).event());
        }
    }

    void reset() {
        projection.prepareReset();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
