package com.propcare.command.callback;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.propcare.command.CommandSideApplication;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.registry.StaffRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A callback loaded from its snapshot still knows its follow-ups: which are open, which are done. */
@SpringBootTest(classes = {CommandSideApplication.class, CallbackCommandApiTest.DueBook.class},
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.embedded=memory", "propcare.mongodb.snapshot-threshold=3"})
@AutoConfigureWebTestClient
class CallbackSnapshotTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    CommandGateway gateway;
    @Autowired
    Clock clock;

    private WebTestClient.ResponseSpec post(String path, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void a_callback_loaded_from_its_snapshot_decides_as_it_would_from_its_full_history() {
        String office = "office-snap";
        post("/api/offices", """
                {"officeId":"%s","company":"c","name":"n","region":"cn-mainland"}""".formatted(office))
                .expectStatus().isCreated();
        post("/api/offices/" + office + "/departments", "{\"departmentId\":\"repairs\",\"name\":\"R\"}")
                .expectStatus().isAccepted();
        post("/api/offices/" + office + "/staff", """
                {"staffId":"lead-snap","name":"Li","department":"repairs","roles":["REPAIR_LEAD"]}""")
                .expectStatus().isCreated();
        String id = "cb-snap";
        Instant now = clock.instant();
        gateway.sendAndWait(new ScheduleCallback(new CallbackId(id), new OfficeId(office),
                                                 KindCode.of(CallbackKind.LEAK_REPAIR),
                                                 new Subject(SubjectType.WORK_ORDER, "wo-snap"), null,
                                                 now.plus(Duration.ofDays(3)), List.of(StaffRole.REPAIR_LEAD), null,
                                                 null, false, Set.of(), false, 3, null, "leak repaired",
                                                 new PolicyVersion(office + ":default"), now));
        String base = "/api/callbacks/" + id;
        post(base + "/record", """
                {"method":"PHONE","performedBy":"lead-snap","content":"Asked","result":"SATISFIED",
                 "promisedReplies":[{"question":"Who pays?","replyBy":"%s"},
                                    {"question":"Repaint?","replyBy":"%s"}]}""".formatted(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(3))))
                .expectStatus().isAccepted().expectHeader().valueEquals("ETag", "\"3\"");

        await().atMost(Duration.ofSeconds(10)).until(
                () -> database.getCollection("snapshots").find(Filters.eq("_id", id)).first() != null);
        assertThat(engine.readSnapshot(id)).get()
                                           .satisfies(snapshot -> assertThat(snapshot.getPayload())
                                                   .isInstanceOf(Callback.class));

        post(base + "/follow-ups/reply-1/completion", "{\"outcome\":\"Insurance pays\"}")
                .expectStatus().isAccepted().expectHeader().valueEquals("ETag", "\"4\"");
        post(base + "/follow-ups/reply-1/completion", "{\"outcome\":\"again\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("CALLBACK_FOLLOW_UP_ALREADY_DONE");
        post(base + "/follow-ups/reply-9/completion", "{\"outcome\":\"?\"}")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("CALLBACK_FOLLOW_UP_UNKNOWN");
        post(base + "/record", """
                {"method":"PHONE","performedBy":"lead-snap","content":"Again","result":"SATISFIED"}""")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("CALLBACK_ALREADY_PERFORMED");
    }
}
