package com.propcare.standalone;

import com.mongodb.client.MongoDatabase;
import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A store written before the callback reactions kept typed facts and before matters read the kinds in force:
 * simulated by emptying both stores after a first run. Started again, the application fills the lookup of kinds
 * from the log and rebuilds the reactions' facts by a replay, so a matter of an earlier kind is recorded and a
 * complaint registered before the upgrade still gets the callback of its result.
 */
class UpgradeFromOlderStoreTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .run(Stream.concat(Stream.of("--server.port=0", "--propcare.mongodb.uri=",
                                             "--propcare.mongodb.data-dir=" + data),
                                   TestUsers.arguments().stream()).toArray(String[]::new));
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
                            .defaultHeader(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.TESTER)).build();
    }

    private static WebTestClient.ResponseSpec post(WebTestClient client, String path, String body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void kinds_defined_and_complaints_registered_before_the_upgrade_keep_their_callbacks() {
        String complaint;
        try (ConfigurableApplicationContext before = start()) {
            WebTestClient web = client(before);
            TestOffice office = TestOffice.register(web, "office-up");
            post(web, "/api/offices/office-up/callback-kinds", """
                    {"code":"DELIVERY_CHECK","name":"Delivery check","matterType":"MATERIAL_DELIVERY",
                     "dueOffsets":[{"amount":2,"unit":"WORKING_DAYS"}],"performerRoles":["CLERK"],
                     "conflictOfInterestAvoided":false,"recordingRequired":false,"retentionYears":1}""")
                    .expectStatus().isCreated();
            complaint = post(office.as(office.clerk()), "/api/complaints", """
                    {"officeId":"office-up","channel":"PHONE","householdId":"%s","category":"CLEANING",
                     "summary":"Corridor","receivedAt":"%s"}""".formatted(office.household(),
                                                                       Instant.now().minusSeconds(600)))
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                    .toString();
            String base = "/api/complaints/" + complaint;
            post(office.as(office.clerk()), base + "/verify", "{\"findings\":\"seen\",\"proposedHandling\":\"clean\"}")
                    .expectStatus().isAccepted();
            post(office.as(office.supervisor()), base + "/classify",
                 "{\"severity\":\"GENERAL\",\"responsibility\":\"OWN\"}").expectStatus().isAccepted();
            MongoDatabase database = before.getBean(MongoDatabase.class);
            String id = complaint;
            await().atMost(Duration.ofSeconds(20)).until(() -> database.getCollection("callback_reaction_facts")
                    .find(new Document("_id", "complaint:" + id)).first() != null);
            // what an older version left: no lookup of kinds, no typed facts
            database.getCollection("callback_kind_lookup").deleteMany(new Document());
            database.getCollection("callback_reaction_facts").deleteMany(new Document());
        }
        try (ConfigurableApplicationContext after = start()) {
            WebTestClient web = client(after);
            TestOffice office = TestOffice.register(web, "office-up");
            post(office.as(office.director()), "/api/matters", """
                    {"officeId":"office-up","matterType":"MATERIAL_DELIVERY","householdIds":["%s"],
                     "description":"Cement delivered","occurredAt":"%s"}"""
                    .formatted(office.household(), Instant.now().minusSeconds(60))).expectStatus().isCreated();

            String base = "/api/complaints/" + complaint;
            post(office.as(office.director()), base + "/decide-handling",
                 "{\"department\":\"customer-service\",\"handlingMethod\":\"re-clean\"}").expectStatus().isAccepted();
            post(office.as(office.supervisor()), base + "/dispatch", "{\"department\":\"customer-service\"}")
                    .expectStatus().isAccepted();
            post(office.as(office.clerk()), base + "/acknowledge-dispatch", "{}").expectStatus().isAccepted();
            post(office.as(office.clerk()), base + "/report-result", "{\"result\":\"clean now\"}")
                    .expectStatus().isAccepted();
            // the callback triggers rebuild what the older version did not keep before they react: slow on a busy host
            await().atMost(Duration.ofSeconds(60)).untilAsserted(
                    () -> web.get().uri("/api/complaints/" + complaint + "/related").exchange()
                             .expectStatus().isOk().expectBody().jsonPath("$.callbacks[0].kind").isEqualTo("COMPLAINT"));
            web.get().uri("/api/admin/dead-letters").exchange().expectStatus().isOk()
               .expectBody().json("[]");
        }
    }
}
