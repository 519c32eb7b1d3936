package com.propcare.command.callback;

import com.propcare.command.CommandSideApplication;
import com.propcare.command.deadline.Deadlines;
import com.propcare.command.deadline.DueItem;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback API over the real app and the embedded store, with the bad inputs: each is refused with its
 * code and writes nothing.
 */
@SpringBootTest(classes = {CommandSideApplication.class, CallbackCommandApiTest.DueBook.class},
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "propcare.mongodb.embedded=memory")
@AutoConfigureWebTestClient
class CallbackCommandApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The deadline book in memory, so that this test sees which items the callbacks open and close. */
    @TestConfiguration
    static class DueBook {
        @Bean
        @Primary
        InMemoryDeadlines inMemoryDeadlines() {
            return new InMemoryDeadlines();
        }
    }

    static final class InMemoryDeadlines implements Deadlines {
        final Map<String, DueItem> open = new ConcurrentHashMap<>();

        @Override
        public void open(DueItem item) {
            open.put(item.key(), item);
        }

        @Override
        public void close(String key) {
            open.remove(key);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    CommandGateway gateway;
    @Autowired
    Clock clock;
    @Autowired
    InMemoryDeadlines deadlines;

    private String office;
    private String clerk;
    private String repairLead;

    /** This capability's events: triggers of other capabilities may append theirs at any moment. */
    private long allEvents() {
        return engine.readEvents(null, false)
                     .filter(event -> event.getPayloadType().getPackageName().equals("com.propcare.events.callback"))
                     .count();
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A new office with a clerk in customer service and a repair lead in repairs. */
    @BeforeEach
    void office() {
        office = "office-" + System.nanoTime();
        post("/api/offices", """
                {"officeId":"%s","company":"Evergreen Property","name":"Garden Court","region":"cn-mainland"}""".formatted(office)).expectStatus().isCreated();
        for (String department : List.of("repairs", "customer-service")) {
            post("/api/offices/" + office + "/departments", """
                    {"departmentId":"%s","name":"%s"}""".formatted(department, department))
                    .expectStatus().isAccepted();
        }
        clerk = "clerk-" + office;
        repairLead = "lead-" + office;
        hire(clerk, "customer-service", "CLERK");
        hire(repairLead, "repairs", "REPAIR_LEAD");
    }

    private void hire(String staffId, String department, String role) {
        post("/api/offices/" + office + "/staff", """
                {"staffId":"%s","name":"Li Wei","department":"%s","roles":["%s"]}"""
                .formatted(staffId, department, role)).expectStatus().isCreated();
    }

    /** A small-repair callback for the repair lead, scheduled two days ago and due in three days. */
    private String scheduleCallback() {
        CallbackId id = new CallbackId("cb-" + System.nanoTime());
        Instant now = clock.instant();
        gateway.sendAndWait(new ScheduleCallback(id, new OfficeId(office), KindCode.of(CallbackKind.SMALL_REPAIR),
                                                 new Subject(SubjectType.WORK_ORDER, "wo-" + id.value()), null,
                                                 now.plus(Duration.ofDays(3)), List.of(StaffRole.REPAIR_LEAD),
                                                 null, null, false, Set.of(), false, 3, null, "sampled 1 of 4",
                                                 new PolicyVersion(office + ":default"),
                                                 now.minus(Duration.ofDays(2))));
        return id.value();
    }

    private String phoneRecord(String performer, String extra) {
        return """
                {"method":"PHONE","performedBy":"%s","content":"Asked about the tap","result":"SATISFIED"%s}""".formatted(performer, extra, performer);
    }

    private WebTestClient.BodyContentSpec refused(String callback, String body, int status, String code) {
        long before = allEvents();
        WebTestClient.BodyContentSpec problem = post("/api/callbacks/" + callback + "/record", body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
        assertThat(allEvents()).isEqualTo(before);
        return problem;
    }

    @Test
    void a_recorded_callback_closes_its_due_item_and_a_second_record_is_a_409() {
        String callback = scheduleCallback();
        assertThat(deadlines.open).containsKey("callback:" + callback);

        post("/api/callbacks/" + callback + "/record", phoneRecord(repairLead, ""))
                .expectStatus().isAccepted()
                .expectHeader().valueEquals("Location", "/api/callbacks/" + callback)
                .expectHeader().valueEquals("ETag", "\"1\"");
        assertThat(deadlines.open).doesNotContainKey("callback:" + callback);

        refused(callback, phoneRecord(repairLead, ""), 409, "CALLBACK_ALREADY_PERFORMED");
    }

    @Test
    void a_record_for_an_unknown_callback_is_a_404() {
        refused("cb-nowhere", phoneRecord(repairLead, ""), 404, "CALLBACK_NOT_FOUND");
    }

    @Test
    void a_result_without_a_method_is_a_422_naming_the_method() {
        String callback = scheduleCallback();

        refused(callback, """
                {"performedBy":"%s","content":"Asked","result":"SATISFIED"}"""
                .formatted(repairLead, repairLead), 422, "CALLBACK_FIELD_REQUIRED")
                .jsonPath("$.field").isEqualTo("method");
    }

    @Test
    void an_in_person_record_at_23_00_office_time_is_a_422() {
        String callback = scheduleCallback();
        Instant lastNight = LocalDate.now(clock.withZone(SHANGHAI)).minusDays(1).atTime(23, 0).atZone(SHANGHAI)
                                     .toInstant();

        refused(callback, """
                {"method":"IN_PERSON","performedAt":"%s","performedBy":"%s","content":"Visited","result":"SATISFIED",
                 "signature":"SIGNED"}""".formatted(lastNight, repairLead, repairLead),
                422, "CALLBACK_TOO_LATE_FOR_IN_PERSON")
                .jsonPath("$.latestHour").isEqualTo(22);
    }

    @Test
    void a_performer_without_the_required_role_is_a_422_naming_the_roles() {
        String callback = scheduleCallback();

        refused(callback, phoneRecord(clerk, ""), 422, "CALLBACK_PERFORMER_ROLE_NOT_ALLOWED")
                .jsonPath("$.requiredRoles[0]").isEqualTo("REPAIR_LEAD");
    }

    @Test
    void a_signature_on_a_phone_callback_is_a_422() {
        String callback = scheduleCallback();

        refused(callback, phoneRecord(repairLead, ",\"signature\":\"SIGNED\""), 422,
                "CALLBACK_SIGNATURE_NOT_POSSIBLE")
                .jsonPath("$.field").isEqualTo("signature");
    }

    @Test
    void an_unknown_method_or_an_unknown_field_is_a_400_naming_it() {
        String callback = scheduleCallback();
        long before = allEvents();

        post("/api/callbacks/" + callback + "/record", phoneRecord(repairLead, "").replace("PHONE", "PIGEON"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("method");
        post("/api/callbacks/" + callback + "/record", phoneRecord(repairLead, ",\"mood\":\"fine\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST");
        assertThat(allEvents()).isEqualTo(before);
    }
}
