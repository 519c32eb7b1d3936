package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.mongodb.client.MongoDatabase;
import com.propcare.access.Role;
import com.propcare.access.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding end to end: a canary name and phone are written for a household (as its resident, and as the
 * complainant of its complaint); the household is erased; every read model is rebuilt from the log. Then no
 * collection of the store (the log included), no feed event and no office export holds the canary, statistics are
 * what they were, and the log still verifies.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false"})
@AutoConfigureWebTestClient(timeout = "PT30S")
class ErasureTest {

    private static final String NAME = "Canary 金丝雀 Qx7";
    private static final String PHONE = "13912345678";
    private static final String OFFICE = "office-1";
    private static final String HOUSEHOLD = "h-canary";

    @Autowired
    WebTestClient web;

    @Autowired
    MongoDatabase database;

    /** Posts the body and answers the id of what it made, if it made something. */
    private String post(String path, String body) {
        String answer = web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                           .expectStatus().is2xxSuccessful().expectBody(String.class).returnResult()
                           .getResponseBody();
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(answer == null ? "" : answer);
        return id.find() ? id.group(1) : null;
    }

    private String get(String path) {
        return web.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                  .getResponseBody();
    }

    @Test
    void an_erased_households_personal_data_is_gone_everywhere_while_statistics_and_the_log_stay_intact() {
        TestOffice office = TestOffice.register(web, OFFICE);
        post("/api/offices/" + OFFICE + "/buildings", "{\"buildingId\":\"3\",\"name\":\"Building 3\"}");
        web.post().uri("/api/offices/" + OFFICE + "/households/import")
           .contentType(MediaType.parseMediaType("text/csv"))
           .bodyValue(("householdId,building,unit,floor,occupied,moveInDate,keyResident,preferredChannel,"
                       + "declinedChannels,residentName,residentPhone\n"
                       + HOUSEHOLD + ",3,1203,12,true,2024-05-01,,PHONE,,\"" + NAME + "\"," + PHONE + "\n"
                       + "h-other,3,1204,12,true,2024-05-01,,PHONE,,Someone Else,13800000000\n")
                              .getBytes(StandardCharsets.UTF_8))
           .exchange().expectStatus().isAccepted();
        String complaint = post("/api/complaints", """
                {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"CLEANING","summary":"Corridor",
                 "receivedAt":"2026-11-20T08:00:00Z","receivedBy":"%s","complainantName":"%s",
                 "complainantPhone":"%s"}""".formatted(OFFICE, HOUSEHOLD, office.clerk(), NAME, PHONE));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(get("/api/households/" + HOUSEHOLD)).contains(NAME, PHONE));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(get("/api/complaints?office=" + OFFICE)).contains(HOUSEHOLD));
        web.get().uri("/api/households/" + HOUSEHOLD)
           .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.user(Role.AUDITOR, OFFICE))).exchange()
           .expectStatus().isOk()
           .expectBody(String.class).value(household -> assertThat(household).as("an auditor without the grant")
                                                                       .contains("[personal data]")
                                                                       .doesNotContain(NAME, PHONE));
        Map<String, Object> rates = rates();
        assertThat(storeHolding("Corridor")).as("the scan finds plain text where it is").isNotEmpty();
        assertThat(storeHolding(NAME)).as("a resident's and a complainant's name are only ever stored sealed")
                                      .isEmpty();
        assertThat(get("/api/audit/complaints/" + complaint + "/history")).as("the complainant travels in the event")
                .contains("\"complainant\"").doesNotContain(NAME, PHONE);

        post("/api/households/" + HOUSEHOLD + "/erasure", "{\"reason\":\"owner's request\"}");
        rebuildEveryReadModel();

        assertThat(get("/api/households/" + HOUSEHOLD)).doesNotContain(NAME, PHONE).contains("\"erased\":true");
        assertThat(get("/api/households/h-other")).contains("Someone Else");
        assertThat(storeHolding(NAME)).isEmpty();
        assertThat(storeHolding(PHONE)).isEmpty();
        String feed = web.get().uri("/api/events").accept(MediaType.APPLICATION_NDJSON).exchange()
                         .returnResult(String.class).getResponseBody()
                         .takeUntil(line -> line.contains("HouseholdPersonalDataErased"))
                         .collectList().block(Duration.ofSeconds(20)).toString();
        assertThat(feed).contains("HouseholdPersonalDataErased").doesNotContain(NAME, PHONE);
        String export = web.get().uri("/api/audit/offices/" + OFFICE + "/log?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z")
                           .accept(MediaType.APPLICATION_NDJSON).exchange().expectStatus().isOk()
                           .expectBody(String.class).returnResult().getResponseBody();
        assertThat(export).contains(HOUSEHOLD).doesNotContain(NAME, PHONE);
        assertThat(rates()).isEqualTo(rates);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(get("/api/audit/verify")).contains("\"intact\":true"));
    }

    /** The office's rates this month, without the moment they were computed. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> rates() {
        Map<String, Object> rates = web.get().uri("/api/offices/" + OFFICE + "/dashboard/rates?month=2026-11").exchange()
                                       .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        rates.remove("asOf");
        return rates;
    }

    private void rebuildEveryReadModel() {
        web.post().uri("/api/admin/projections/all/rebuild").exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<?> projections = web.get().uri("/api/admin/projections").exchange().expectBody(List.class)
                                     .returnResult().getResponseBody();
            assertThat(projections).allSatisfy(projection -> {
                Map<?, ?> rebuild = (Map<?, ?>) ((Map<?, ?>) projection).get("rebuild");
                assertThat(rebuild).isNotNull();
                assertThat(rebuild.get("state")).isEqualTo("DONE");
            });
        });
    }

    /** The collections in which some document's JSON holds the text. */
    private List<String> storeHolding(String text) {
        List<String> holding = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                if (document.toJson().contains(text)) {
                    holding.add(collection);
                    break;
                }
            }
        }
        return holding;
    }
}
