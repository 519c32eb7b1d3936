package com.propcare.standalone;

import com.propcare.access.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** A work order through both sides: commands in, the read model out. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory"})
@AutoConfigureWebTestClient
class WorkOrderEndToEndTest {

    @Autowired
    WebTestClient web;

    private final ContractCheck contract = new ContractCheck();

    @BeforeEach
    void checkAnswersAgainstTheContract() {
        web = web.mutate().filter(contract).build();
    }

    @AfterEach
    void everyAnswerWasAsDocumented() {
        assertThat(contract.checked()).isPositive();
        assertThat(contract.violations()).isEmpty();
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String complaint(TestOffice office, String household) {
        return post("/api/complaints", """
                {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"REPAIR_SERVICE",
                 "summary":"Kitchen tap drips","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"%s"}"""
                .formatted(office.id(), household, office.clerk()))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private String open(TestOffice office, String kind, String complaint, String household) {
        return post("/api/work-orders", """
                {"officeId":"%s","householdId":"%s","kind":"%s","description":"Kitchen tap drips",
                 "source":"COMPLAINT","sourceId":"%s"}""".formatted(office.id(), household, kind, complaint))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private Map<?, ?> view(String id) {
        return web.get().uri("/api/work-orders/" + id).exchange().expectBody(Map.class).returnResult()
                  .getResponseBody();
    }

    @Test
    void a_work_order_is_opened_assigned_and_completed_and_the_read_model_follows() {
        TestOffice office = TestOffice.register(web, "office-wo");
        String plumber = office.repairLead();
        String household = office.household();
        String complaint = complaint(office, household);
        String id = open(office, "LEAK_REPAIR", complaint, household);
        post("/api/work-orders/" + id + "/assign", "{\"department\":\"repairs\",\"assignee\":\"" + plumber + "\"}")
                .expectStatus().isAccepted().expectHeader().valueEquals("ETag", "\"1\"");
        office.as(plumber).post().uri("/api/work-orders/" + id + "/complete").contentType(MediaType.APPLICATION_JSON)
              .bodyValue("{\"notes\":\"seal\"}").exchange()
              .expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(view(id).get("status")));
        Map<?, ?> view = view(id);
        assertThat(view.get("performedBy")).as("the signed-in plumber, named by nobody").isEqualTo(plumber);
        assertThat(view.get("source")).isEqualTo("COMPLAINT");
        assertThat(view.get("sourceId")).isEqualTo(complaint);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                web.get().uri("/api/complaints/" + complaint + "/related").exchange()
                   .expectStatus().isOk()
                   .expectBody().jsonPath("$.workOrders[0].id").isEqualTo(id)
                   .jsonPath("$.workOrders[0].status").isEqualTo("COMPLETED"));
        web.get().uri("/api/complaints/nowhere/related").exchange().expectStatus().isNotFound();

        web.get().uri("/api/work-orders?office=office-wo&status=COMPLETED").exchange()
           .expectStatus().isOk()
           .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(id);
        web.get().uri("/api/work-orders?office=office-wo&status=OPEN").exchange()
           .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void bad_work_order_requests_get_a_clear_4xx() {
        TestOffice office = TestOffice.register(web, "office-wo-2");
        String household = office.household();
        post("/api/work-orders", """
                {"officeId":"office-wo-2","householdId":"%s","kind":"GARDENING","description":"x"}"""
                .formatted(household))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        post("/api/work-orders", """
                {"officeId":"office-wo-2","householdId":"%s","kind":"PAID_SERVICE","description":"x"}"""
                .formatted(household))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("WORK_ORDER_CONTRACT_REQUIRED");
        post("/api/work-orders", """
                {"officeId":"office-wo-2","householdId":"h-nonexistent-999","kind":"SMALL_REPAIR","description":"x"}""")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("REFERENCE_HOUSEHOLD_UNKNOWN")
                .jsonPath("$.field").isEqualTo("householdId");
        post("/api/work-orders", """
                {"officeId":"office-wo-2","householdId":"%s","kind":"SMALL_REPAIR","description":"x",
                 "source":"COMPLAINT","sourceId":"complaint-42"}""".formatted(household))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("REFERENCE_RECORD_UNKNOWN")
                .jsonPath("$.field").isEqualTo("sourceId");
        String id = open(office, "SMALL_REPAIR", complaint(office, household), household);
        post("/api/work-orders/" + id + "/assign", "{\"department\":\"repairs\",\"assignee\":\"nobody-at-all\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("REFERENCE_STAFF_UNKNOWN")
                .jsonPath("$.field").isEqualTo("assignee");
        post("/api/work-orders/" + id + "/complete", "{\"performedBy\":\"" + office.repairLead() + "\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentState").isEqualTo("OPEN");
        post("/api/work-orders/nope/assign", "{\"department\":\"repairs\"}")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("WORK_ORDER_NOT_FOUND");
        web.get().uri("/api/work-orders/nope").exchange().expectStatus().isNotFound()
           .expectBody().jsonPath("$.code").isEqualTo("WORK_ORDER_NOT_FOUND");
        web.get().uri("/api/work-orders?status=DONE").exchange().expectStatus().isBadRequest()
           .expectBody().jsonPath("$.code").isEqualTo("INVALID_PARAMETER");
    }
}
