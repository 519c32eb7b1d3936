package com.propcare.command.survey;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.propcare.access.TestOffice;
import com.propcare.command.CommandSideApplication;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A survey campaign with many returns is snapshotted (its handlers take policy and calendar services as parameters,
 * which the snapshotter must resolve), and loaded from the snapshot it decides as from its full history.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.embedded=memory", "propcare.mongodb.snapshot-threshold=3"})
@AutoConfigureWebTestClient(timeout = "PT30S")
class SurveyCampaignSnapshotTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventStorageEngine engine;

    private WebTestClient.ResponseSpec post(WebTestClient client, String path, Map<String, Object> body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void a_campaign_loaded_from_its_snapshot_decides_as_it_would_from_its_full_history() {
        TestOffice office = TestOffice.register(web, "office-" + System.nanoTime());
        List<String> households = List.of(office.household(), office.household(), office.household(),
                                          office.household(), office.household());
        post(office.as(office.director()), "/api/surveys", Map.of("officeId", office.id(), "period", "2026-H2"))
                .expectStatus().isCreated();
        String survey = "/api/surveys/" + office.id() + ":2026-H2";
        WebTestClient clerk = office.as(office.clerk());
        for (int n = 0; n < 4; n++) {
            post(clerk, survey + "/returns", Map.of("returnId", "q-" + n, "householdId", households.get(n),
                                                    "answers", Map.of("CLEANING", List.of("SATISFIED"))))
                    .expectStatus().isAccepted();
        }
        String id = office.id() + ":2026-H2";

        await().atMost(Duration.ofSeconds(10)).until(
                () -> database.getCollection("snapshots").find(Filters.eq("_id", id)).first() != null);
        assertThat(engine.readSnapshot(id)).get()
                                           .satisfies(snapshot -> assertThat(snapshot.getPayload())
                                                   .isInstanceOf(SurveyCampaign.class));

        post(clerk, survey + "/returns", Map.of("returnId", "q-again", "householdId", households.get(0),
                                                "answers", Map.of()))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_DUPLICATE_RETURN");
        post(clerk, survey + "/returns", Map.of("returnId", "q-4", "householdId", households.get(4),
                                                "answers", Map.of("CLEANING", List.of("NOT_SATISFIED"))))
                .expectStatus().isAccepted().expectHeader().valueEquals("ETag", "\"5\"");
    }
}
