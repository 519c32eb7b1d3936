package com.propcare.command.survey;

import com.propcare.command.CommandSideApplication;
import com.propcare.events.survey.SurveyCampaignOpened;
import com.propcare.events.survey.SurveyReturnRecorded;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A small campaign over HTTP on the real app: distribution to the occupied households, returns and refusals. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class SurveyCommandApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    EventStore events;

    private WebTestClient.ResponseSpec post(String path, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long returnsOf(String campaign) {
        return events.readEvents(campaign).asStream()
                     .filter(event -> event.getPayload() instanceof SurveyReturnRecorded).count();
    }

    @Test
    void a_campaign_reaches_the_occupied_households_and_refuses_duplicate_and_unknown_returns() {
        String office = "office-" + System.nanoTime();
        post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland"}""".formatted(office)).expectStatus().isCreated();
        post("/api/offices/" + office + "/buildings", """
                {"buildingId":"3","name":"Building 3"}""").expectStatus().isAccepted();
        for (String unit : new String[] {"101", "102", "103"}) {
            post("/api/offices/" + office + "/households", """
                    {"householdId":"h-%s","building":"3","unit":"%s","floor":1,%s"residents":[]}"""
                    .formatted(unit + "-" + office, unit,
                               unit.equals("103") ? "\"occupied\":false," : "\"occupied\":true,\"moveInDate\":\"2024-05-01\","))
                    .expectStatus().isCreated();
        }
        String campaign = office + ":2026-H2";
        await().atMost(Duration.ofSeconds(10)).until(() -> post("/api/surveys", """
                {"officeId":"%s","period":"2026-H2"}""".formatted(office))
                .returnResult(String.class).getStatus().value() == 201);
        SurveyCampaignOpened opened = (SurveyCampaignOpened) events.readEvents(campaign).asStream()
                                                                    .findFirst().orElseThrow().getPayload();
        assertThat(opened.distributedTo()).extracting(Object::toString)
                                          .containsExactlyInAnyOrder("h-101-" + office, "h-102-" + office);

        String ret = """
                {"returnId":"%s","householdId":"%s","answers":{"CLEANING":["NOT_SATISFIED"],"GREENING":[]},
                 "opinion":"More cleaning on weekends"}""";
        post("/api/surveys/" + campaign + "/returns", ret.formatted("r-1", "h-101-" + office))
                .expectStatus().isAccepted();
        post("/api/surveys/" + campaign + "/returns", ret.formatted("r-2", "h-101-" + office))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_DUPLICATE_RETURN")
                .jsonPath("$.returnId").isEqualTo("r-1");
        post("/api/surveys/" + campaign + "/returns", ret.formatted("r-3", "h-103-" + office))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_NOT_DISTRIBUTED");
        post("/api/surveys/" + campaign + "/returns", """
                {"returnId":"r-4","answers":{"CLEANING":["SATISFIED"]}}""")
                .expectStatus().isAccepted();
        assertThat(returnsOf(campaign)).isEqualTo(2);
        post("/api/surveys/" + campaign + "/returns", """
                {"returnId":"r-6","answers":{"CLEANING":["VERY_HAPPY"]}}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("answers.CLEANING[0]");
        assertThat(returnsOf(campaign)).isEqualTo(2);

        post("/api/surveys/" + campaign + "/close", "{\"reason\":\"all collected\"}")
                .expectStatus().isAccepted();
        post("/api/surveys/" + campaign + "/returns", """
                {"returnId":"r-5","householdId":"h-102-%s","answers":{}}""".formatted(office))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_CLOSED");
        assertThat(returnsOf(campaign)).isEqualTo(2);
    }
}
