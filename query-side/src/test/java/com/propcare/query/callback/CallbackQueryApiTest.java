package com.propcare.query.callback;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.OfficeRegistered;
import com.propcare.events.registry.StaffHired;
import com.propcare.events.registry.StaffRole;
import com.propcare.eventstore.MutableClock;
import com.propcare.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.propcare.query.callback.CallbackEvents.LI;
import static com.propcare.query.callback.CallbackEvents.NOW;
import static com.propcare.query.callback.CallbackEvents.OFFICE;
import static com.propcare.query.callback.CallbackEvents.REPAIRS;
import static com.propcare.query.callback.CallbackEvents.WU;
import static org.awaitility.Awaitility.await;

/**
 * The callback resources over the real query-side application and its memory store: the events go into the event
 * store, the pooled processors project them, the answers come over HTTP. The office is registered in Urumqi's time
 * zone, so months and dates visibly follow the registry rather than the default.
 */
@SpringBootTest(classes = {QuerySideApplication.class, CallbackQueryApiTest.ControlledClock.class},
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory"})
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbackQueryApiTest {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Urumqi");

    @TestConfiguration(proxyBeanMethods = false)
    static class ControlledClock {
        @Bean
        @Primary
        MutableClock controlledClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventStore events;

    @BeforeAll
    void publish() {
        publish("Office", OFFICE.value(), 0, new OfficeRegistered(OFFICE, "PropCare", "Garden Court", "cn-mainland",
                                                                  OFFICE_ZONE, NOW.minus(Duration.ofDays(400)),
                                                                  new StaffId("admin")));
        publish("Staff", LI.value(), 0, new StaffHired(LI, OFFICE, "Li Na", new DepartmentId("service"),
                                                       Set.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR),
                                                       NOW.minus(Duration.ofDays(300)), new StaffId("admin")));
        publish("Staff", WU.value(), 0, new StaffHired(WU, OFFICE, "Wu Gang", REPAIRS, Set.of(StaffRole.REPAIR_LEAD),
                                                       NOW.minus(Duration.ofDays(300)), new StaffId("admin")));
        CallbackEvents.november().forEach(recorded -> publish("Callback", recorded.callbackId(), recorded.sequence(),
                                                              recorded.event()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            web.get().uri("/api/callbacks/cb-5").exchange().expectStatus().isOk()
               .expectBody().jsonPath("$.status").isEqualTo("PERFORMED");
            web.get().uri("/api/callbacks/cb-1").exchange().expectStatus().isOk()
               .expectBody().jsonPath("$.version").isEqualTo(6);
            web.get().uri("/api/callbacks/cb-4").exchange().expectStatus().isOk()
               .expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
            web.get().uri("/api/staff/" + WU.value()).exchange().expectStatus().isOk();
            web.get().uri("/api/staff/" + LI.value()).exchange().expectStatus().isOk();
            web.get().uri("/api/offices/" + OFFICE.value()).exchange().expectStatus().isOk();
        });
    }

    private void publish(String type, String aggregate, long sequence, Object event) {
        events.publish(new GenericDomainEventMessage<>(type, aggregate, sequence, event, MetaData.emptyInstance(),
                                                       UUID.randomUUID().toString(), NOW));
    }

    @Test
    void a_callback_is_served_with_its_record_and_its_version_as_etag() {
        web.get().uri("/api/callbacks/cb-1").exchange()
           .expectStatus().isOk()
           .expectHeader().valueEquals(HttpHeaders.ETAG, "\"6\"")
           .expectBody()
           .jsonPath("$.status").isEqualTo("PERFORMED")
           .jsonPath("$.due").isEqualTo("2026-11-10T10:00:00Z")
           .jsonPath("$.record.method").isEqualTo("PHONE")
           .jsonPath("$.record.onTime").isEqualTo(false)
           .jsonPath("$.followUps[1].itemId").isEqualTo("reply-1")
           .jsonPath("$.followUps[1].overdue").isEqualTo(false)
           .jsonPath("$.spotChecks[0].checkId").isEqualTo("check-1");
        web.get().uri("/api/callbacks/cb-1").header(HttpHeaders.IF_NONE_MATCH, "\"6\"").exchange()
           .expectStatus().isNotModified();
    }

    @Test
    void an_open_callback_past_due_is_flagged_and_its_etag_says_so() {
        web.get().uri("/api/callbacks/cb-3").exchange()
           .expectStatus().isOk()
           .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0-overdue-1\"")
           .expectBody().jsonPath("$.status").isEqualTo("PENDING").jsonPath("$.overdue").isEqualTo(true);
    }

    @Test
    void an_unknown_callback_is_a_not_found_problem() {
        web.get().uri("/api/callbacks/no-such-callback").exchange()
           .expectStatus().isNotFound()
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody().jsonPath("$.code").isEqualTo("CALLBACK_NOT_FOUND");
    }

    @Test
    void the_list_filters_by_status_kind_role_and_the_office_day_soonest_due_first() {
        web.get().uri("/api/callbacks?office=office-1&status=open").exchange()
           .expectStatus().isOk()
           .expectBody().jsonPath("$.items[*].id").isEqualTo(List.of("cb-3", "cb-2"))
           .jsonPath("$.items[0].overdue").isEqualTo(true);
        web.get().uri("/api/callbacks?office=office-1&kind=COMPLAINT&status=performed").exchange()
           .expectBody().jsonPath("$.items[*].id").isEqualTo(List.of("cb-1", "cb-5"));
        web.get().uri("/api/callbacks?office=office-1&role=repair_lead").exchange()
           .expectBody().jsonPath("$.items[*].id").isEqualTo(List.of("cb-3", "cb-2"));
        web.get().uri("/api/callbacks?office=office-1&dueBefore=2026-11-18").exchange()
           .expectBody().jsonPath("$.items[*].id").isEqualTo(List.of("cb-1", "cb-3"));
        web.get().uri("/api/callbacks?office=office-1&dueBefore=2026-11-17").exchange()
           .expectBody().jsonPath("$.items[*].id").isEqualTo(List.of("cb-1"));
        web.get().uri("/api/callbacks?office=office-1&page=2&size=2").exchange()
           .expectBody().jsonPath("$.items[*].id").isEqualTo(List.of("cb-5")).jsonPath("$.total").isEqualTo(5);
    }

    @Test
    void bad_list_parameters_get_one_problem_naming_each_parameter_and_its_rule() {
        web.get().uri("/api/callbacks?status=done&role=WIZARD&dueBefore=soon&size=0").exchange()
           .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
           .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
           .expectBody()
           .jsonPath("$.code").isEqualTo("INVALID_PARAMETER")
           .jsonPath("$.errors[*].field").isEqualTo(List.of("office", "status", "role", "dueBefore", "size"))
           .jsonPath("$.errors[1].rule").isEqualTo("one of pending, overdue, performed, cancelled, open");
    }

    @Test
    void my_obligations_follow_my_roles_my_department_and_the_conflict_of_interest_rule() {
        web.get().uri("/api/staff/staff-li/obligations").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.items[*].type").isEqualTo(List.of("FOLLOW_UP", "CALLBACK"))
           .jsonPath("$.items[0].itemId").isEqualTo("reply-1")
           .jsonPath("$.items[1].callbackId").isEqualTo("cb-2")
           .jsonPath("$.items[1].overdue").isEqualTo(false);
        web.get().uri("/api/staff/staff-wu/obligations").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.items[*].callbackId").isEqualTo(List.of("cb-3"))
           .jsonPath("$.items[0].overdue").isEqualTo(true);
        web.get().uri("/api/staff/nobody/obligations").exchange()
           .expectStatus().isNotFound()
           .expectBody().jsonPath("$.code").isEqualTo("STAFF_NOT_FOUND");
    }

    @Test
    void the_monthly_summary_uses_the_offices_time_zone_and_names_its_rates() {
        web.get().uri("/api/offices/office-1/callback-summary?month=2026-11").exchange()
           .expectStatus().isOk()
           .expectBody()
           .jsonPath("$.timeZone").isEqualTo("Asia/Urumqi")
           .jsonPath("$.kinds[*].kind").isEqualTo(List.of("COMPLAINT", "SMALL_REPAIR"))
           .jsonPath("$.kinds[0].rate.numerator.name").isEqualTo("performed")
           .jsonPath("$.kinds[0].rate.denominator.name").isEqualTo("scheduled")
           .jsonPath("$.kinds[0].cancelled").isEqualTo(1)
           .jsonPath("$.kinds[0].followUps.due").isEqualTo(2)
           .jsonPath("$.kinds[0].spotChecks").isEqualTo(1)
           .jsonPath("$.total.scheduled").isEqualTo(3)
           .jsonPath("$.total.rate.value").isEqualTo(0.3333);
        web.get().uri("/api/offices/office-1/callback-summary").exchange()
           .expectStatus().isOk()
           .expectBody().jsonPath("$.month").isEqualTo("2026-11");
        web.get().uri("/api/offices/office-9/callback-summary?month=2026-11").exchange()
           .expectStatus().isOk()
           .expectBody().jsonPath("$.timeZone").isEqualTo("Asia/Shanghai").jsonPath("$.kinds").isEmpty();
        web.get().uri("/api/offices/office-1/callback-summary?month=November").exchange()
           .expectStatus().isBadRequest()
           .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
    }
}
