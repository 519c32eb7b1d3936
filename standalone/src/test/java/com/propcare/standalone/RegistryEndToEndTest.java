package com.propcare.standalone;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry through both sides: an office, a CSV import and a change go in as commands; the read models show
 * the households with their residents decrypted, while the log holds no resident's name or phone in clear text.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory"})
@AutoConfigureWebTestClient
class RegistryEndToEndTest {

    private static final int ROWS = 300;

    @Autowired
    WebTestClient web;
    @Autowired
    MongoDatabase database;

    private void post(String path, String body) {
        web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
           .expectStatus().is2xxSuccessful();
    }

    private long listed(String office, String filter) {
        Map<?, ?> page = web.get().uri("/api/offices/" + office + "/households?size=1" + filter).exchange()
                            .expectBody(Map.class).returnResult().getResponseBody();
        return page.get("total") == null ? -1 : ((Number) page.get("total")).longValue();
    }

    private static String name(int row) {
        return "Owner Number " + row;
    }

    private static String phone(int row) {
        return "138%08d".formatted(row);
    }

    @Test
    void imported_households_appear_in_the_read_model_decrypted_while_the_log_holds_only_ciphertext() {
        String office = "office-e2e";
        post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland"}""".formatted(office));
        post("/api/offices/" + office + "/buildings", """
                {"buildingId":"3","name":"Building 3"}""");
        StringBuilder csv = new StringBuilder("householdId,building,unit,floor,occupied,moveInDate,keyResident,"
                                              + "preferredChannel,declinedChannels,residentName,residentPhone\n");
        for (int row = 0; row < ROWS; row++) {
            boolean occupied = row % 4 != 0;
            csv.append("e2e-%d,3,%d,%d,%s,%s,%s,PHONE,VISIT,%s,%s\n".formatted(
                    row, 100 + row, 1 + row / 10, occupied, occupied ? "2024-05-01" : "",
                    row % 10 == 0 ? "AGED_LIVING_WITHOUT_CHILDREN" : "", name(row), phone(row)));
        }
        web.post().uri("/api/offices/" + office + "/households/import")
           .contentType(MediaType.parseMediaType("text/csv"))
           .bodyValue(csv.toString().getBytes(StandardCharsets.UTF_8)).exchange()
           .expectStatus().isAccepted()
           .expectBody().jsonPath("$.households").isEqualTo(ROWS).jsonPath("$.occupied").isEqualTo(ROWS * 3 / 4);
        post("/api/households/e2e-7/move-out", "{\"movedOutOn\":\"2026-01-15\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> listed(office, "") == ROWS);
        await().atMost(Duration.ofSeconds(20)).until(() -> listed(office, "&occupied=true") == ROWS * 3 / 4 - 1);
        assertThat(listed(office, "&keyResident=AGED_LIVING_WITHOUT_CHILDREN")).isEqualTo(ROWS / 10);
        web.get().uri("/api/households/e2e-5").exchange()
           .expectStatus().isOk()
           .expectHeader().valueEquals("ETag", "\"0\"")
           .expectBody()
           .jsonPath("$.unit").isEqualTo("105")
           .jsonPath("$.residents[0].name").isEqualTo(name(5))
           .jsonPath("$.residents[0].phone").isEqualTo(phone(5));
        web.get().uri("/api/households/e2e-7").exchange()
           .expectHeader().valueEquals("ETag", "\"1\"")
           .expectBody().jsonPath("$.occupied").isEqualTo(false).jsonPath("$.residents.length()").isEqualTo(0);

        List<String> stored = new ArrayList<>();
        database.getCollection("events").find().forEach(commit -> commit.getList("events", Document.class)
                .forEach(event -> stored.add(event.getString("payload") + event.getString("metaData"))));
        assertThat(stored).anyMatch(payload -> payload.contains("e2e-299"));
        for (String payload : stored) {
            for (int row = 0; row < ROWS; row++) {
                assertThat(payload).doesNotContain(name(row)).doesNotContain(phone(row));
            }
        }
    }
}
