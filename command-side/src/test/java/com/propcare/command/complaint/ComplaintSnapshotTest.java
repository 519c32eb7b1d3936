package com.propcare.command.complaint;

import com.propcare.access.TestOffice;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.propcare.command.CommandSideApplication;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A complaint with a long history is snapshotted, and loading it from the snapshot gives the same decisions. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.embedded=memory", "propcare.mongodb.snapshot-threshold=3"})
@AutoConfigureWebTestClient
class ComplaintSnapshotTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventStorageEngine engine;

    private WebTestClient.ResponseSpec post(String path, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void a_complaint_loaded_from_its_snapshot_decides_as_it_would_from_its_full_history() {
        TestOffice office = TestOffice.register(web, "office-9");
        String id = post("/api/complaints", """
                {"officeId":"office-9","channel":"LETTER","householdId":"%s","category":"GREENING",
                 "summary":"Dead trees","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"%s"}"""
                .formatted(office.household(), office.clerk()))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        String base = "/api/complaints/" + id;
        post(base + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"replant\"}")
                .expectStatus().isAccepted();
        post(base + "/first-reply", "{\"content\":\"noted\"}").expectStatus().isAccepted();
        post(base + "/classify", "{\"severity\":\"MAJOR\",\"responsibility\":\"OWN\"}")
                .expectStatus().isAccepted();
        office.as(office.director()).post().uri(base + "/decide-handling").contentType(MediaType.APPLICATION_JSON)
              .bodyValue("{\"department\":\"cleaning\",\"handlingMethod\":\"replant\"}").exchange()
              .expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(10)).until(
                () -> database.getCollection("snapshots").find(Filters.eq("_id", id)).first() != null);

        assertThat(engine.readSnapshot(id)).get()
                                           .satisfies(snapshot -> assertThat(snapshot.getPayload())
                                                   .isInstanceOf(Complaint.class))
                                           .satisfies(snapshot -> assertThat(snapshot.getSequenceNumber())
                                                   .isGreaterThanOrEqualTo(3));

        post(base + "/first-reply", "{\"content\":\"again\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("COMPLAINT_FIRST_REPLY_ALREADY_GIVEN");
        post(base + "/verify", "{\"findings\":\"x\",\"proposedHandling\":\"y\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentState").isEqualTo("HANDLING_DECIDED");
        post(base + "/dispatch", "{\"department\":\"cleaning\"}")
                .expectStatus().isAccepted().expectHeader().valueEquals("ETag", "\"5\"");
    }
}
