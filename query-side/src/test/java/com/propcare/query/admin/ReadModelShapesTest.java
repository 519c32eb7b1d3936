package com.propcare.query.admin;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintNumber;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.eventstore.TestMongo;
import com.propcare.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store written by a build that kept a read model in an earlier shape: the first instance of this build rebuilds
 * that read model from the log once, and a store it has already brought up to date is left alone.
 */
class ReadModelShapesTest {

    private static final Instant AT = Instant.parse("2026-11-02T01:00:00Z");

    private final TestMongo mongo = new TestMongo();
    private final MongoDatabase store = mongo.database("shapes");

    @AfterEach
    void close() {
        mongo.close();
    }

    private ConfigurableApplicationContext querySide() {
        return new SpringApplicationBuilder(QuerySideApplication.class).run(
                "--server.port=0", "--propcare.mongodb.uri=" + mongo.connectionString(),
                "--propcare.mongodb.database=" + mongo.databaseName("shapes"), "--propcare.security.demo-users=false",
                "--axoniq.update-checker.disabled=true");
    }

    private Document complaintIndexBucket() {
        return store.getCollection("complaint_office_index").find(Filters.regex("_id", "^office-1#")).first();
    }

    private Integer recordedShape() {
        Document recorded = store.getCollection(ReadModelShapes.COLLECTION)
                                 .find(Filters.eq("_id", "complaint-views")).first();
        return recorded == null ? null : recorded.getInteger("shape");
    }

    @Test
    void a_read_model_written_in_an_earlier_shape_is_rebuilt_once_and_then_left_alone() {
        try (ConfigurableApplicationContext first = querySide()) {
            first.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Complaint", "c-1", 0, registered()));
            await().atMost(Duration.ofSeconds(30)).until(() -> complaintIndexBucket() != null);
            assertThat(recordedShape()).isEqualTo(ReadModelShapes.CURRENT.get("complaint-views"));
        }
        // what an earlier build left: positions, no recorded shape, the office's entries in one document
        store.getCollection(ReadModelShapes.COLLECTION).deleteMany(new Document());
        store.getCollection("complaint_office_index").deleteMany(new Document());
        store.getCollection("complaint_office_index").insertOne(
                new Document("_id", "office-1").append("complaints", new Document("c-1", new Document("id", "c-1"))));

        try (ConfigurableApplicationContext upgraded = querySide()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> complaintIndexBucket() != null);
            assertThat(store.getCollection("complaint_office_index").find(Filters.eq("_id", "office-1")).first())
                    .isNull();
            assertThat(recordedShape()).isEqualTo(ReadModelShapes.CURRENT.get("complaint-views"));
        }

        store.getCollection("complaint_office_index").insertOne(new Document("_id", "left-alone"));
        try (ConfigurableApplicationContext again = querySide()) {
            assertThat(again.getBean(ProjectionRebuilds.class).status("complaint-views").rebuild()).isNull();
            assertThat(store.getCollection("complaint_office_index").find(Filters.eq("_id", "left-alone")).first())
                    .isNotNull();
        }
    }

    private static ComplaintRegistered registered() {
        return new ComplaintRegistered(new ComplaintId("c-1"), new OfficeId("office-1"), new ComplaintNumber("2026-1"),
                                       ComplaintChannel.PHONE, new HouseholdId("h-1"), ComplaintCategory.PARKING,
                                       "parking", AT, new StaffId("clerk-1"), null, AT.plus(Duration.ofDays(1)), null,
                                       new PolicyVersion("office-1:default"));
    }
}
