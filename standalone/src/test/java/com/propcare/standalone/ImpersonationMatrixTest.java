package com.propcare.standalone;

import com.propcare.access.Role;
import com.propcare.access.RouteRule;
import com.propcare.access.RouteRules;
import com.propcare.access.OfficeScope;
import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.standalone.ApiRoutes.Route;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody acts under another's name. Generated from the route table: every route that reads a body, called by every
 * role its rule allows, with a body naming another member of staff as the actor ({@code by}) is refused with 400
 * naming the field, and nothing is stored. Where a body may name the person who did the work (receiver, performer,
 * visitor), the event records that person beside the signed-in recorder, and only roles that may enter work on
 * someone's behalf may name anyone but themselves. Finally, in the whole log, no event names an actor other than the
 * signed-in user who caused it.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpersonationMatrixTest {

    private static final String OWN = "office-1";
    /** Fields where a body names the person who did the work, checked as a reference; every other is the actor. */
    private static final Set<String> NAMED_PEOPLE = Set.of("receivedBy", "performedBy", "visitedBy", "chairedBy",
                                                           "handledBy", "staffMember", "assignee", "with", "staffId",
                                                           "owner", "raisedBy");

    /**
     * Bodies whose records hold primitives: the parser reports a missing primitive before an unknown field, so
     * these are given, to see what it says about {@code by}.
     */
    private static final Map<String, String> PRIMITIVES = Map.of(
            "/api/offices/{officeId}/callback-kinds", ",\"conflictOfInterestAvoided\":false,\"recordingRequired\":false",
            "/api/offices/{officeId}/callback-kinds/{code}",
            ",\"conflictOfInterestAvoided\":false,\"recordingRequired\":false",
            "/api/building-leader-meetings", ",\"attendeeCount\":0",
            "/api/visits/{id}/record", ",\"feedbackRequired\":false");

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    List<RouteRules> tables;
    @Autowired
    EventStorageEngine engine;

    private TestOffice office;
    private String complaint;

    @BeforeAll
    void office() {
        office = TestOffice.register(web, OWN);
        complaint = register(web, office.clerk()).get("id").toString();
    }

    private Map<?, ?> register(WebTestClient client, String receivedBy) {
        String receiver = receivedBy == null ? "" : ",\"receivedBy\":\"" + receivedBy + "\"";
        return client.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                     .bodyValue("""
                             {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"CLEANING",
                              "summary":"Corridor","receivedAt":"%s"%s}"""
                                        .formatted(OWN, office.household(), Instant.now().minusSeconds(60), receiver))
                     .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Optional<RouteRule> ruleOf(Route route) {
        return ApiRoutes.ruleOf(tables, route);
    }

    private long events() {
        return engine.readEvents(null, false).count();
    }

    @TestFactory
    Stream<DynamicTest> no_role_may_name_who_acts_in_any_body() {
        List<DynamicTest> tests = new ArrayList<>();
        long[] before = new long[1];
        tests.add(DynamicTest.dynamicTest("the log before", () -> before[0] = events()));
        // every route that reads a body but an auditor's check of an exported checkpoint, which records nothing
        for (Route route : ApiRoutes.readingBodies(context).stream()
                                    .filter(route -> !route.pattern().startsWith("/api/audit/")).toList()) {
            RouteRule rule = ruleOf(route).orElseThrow();
            for (Role role : rule.roles()) {
                String user = rule.scope() instanceof OfficeScope.Company ? TestUsers.TESTER
                                                                          : TestUsers.user(role, OWN);
                tests.add(DynamicTest.dynamicTest(route + " as " + user, () -> actAsAnother(route, user)));
            }
        }
        tests.add(DynamicTest.dynamicTest("nothing was stored", () -> assertThat(events()).isEqualTo(before[0])));
        return tests.stream();
    }

    private void actAsAnother(Route route, String user) {
        String path = route.path(variable -> switch (variable) {
            case "officeId" -> OWN;
            case "id" -> route.pattern().startsWith("/api/complaints") ? complaint : "x";
            case "region" -> "cn-mainland";
            case "year" -> "2027";
            default -> "x";
        });
        EntityExchangeResult<byte[]> answer = web.method(route.method()).uri(path)
                                                 .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(user))
                                                 .contentType(MediaType.APPLICATION_JSON)
                                                 .bodyValue("{\"by\":\"" + office.director() + "\""
                                                            + PRIMITIVES.getOrDefault(route.pattern(), "") + "}")
                                                 .exchange().expectBody().returnResult();
        String body = answer.getResponseBody() == null ? ""
                      : new String(answer.getResponseBody(), StandardCharsets.UTF_8);
        int status = answer.getStatus().value();
        assertThat(status).as(route + " as " + user + " → " + body).isBetween(400, 499);
        if (status == 400) {
            assertThat(body).as(route + " names the field").contains("\"field\":\"by\"");
        }
    }

    @Test
    void a_clerk_may_enter_a_complaint_a_colleague_received_and_both_are_recorded() {
        Map<?, ?> created = register(office.as(office.clerk()), office.supervisor());
        EventMessage<?> registered = engine.readEvents(created.get("id").toString(), 0).asStream()
                                           .findFirst().orElseThrow();

        assertThat(registered.getMetaData().get("user")).as("the recorder").isEqualTo(office.clerk());
        assertThat(((ComplaintRegistered) registered.getPayload()).receivedBy())
                .as("the colleague who received it").isEqualTo(new StaffId(office.supervisor()));
    }

    @Test
    void a_role_without_the_on_behalf_permission_may_only_name_itself() {
        long before = events();
        office.as(office.quality()).post().uri("/api/receptions").contentType(MediaType.APPLICATION_JSON)
              .bodyValue("""
                      {"officeId":"%s","purpose":"asked about the lift","receivedAt":"%s","receivedBy":"%s",
                       "outcome":"ANSWERED_ON_SPOT"}"""
                                 .formatted(OWN, Instant.now().minusSeconds(60), office.clerk()))
              .exchange()
              .expectStatus().isForbidden()
              .expectBody().jsonPath("$.code").isEqualTo("RECORDING_ON_BEHALF_NOT_ALLOWED")
              .jsonPath("$.field").isEqualTo("receivedBy");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_named_performer_must_be_staff_of_the_office() {
        office.as(office.clerk()).post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
              .bodyValue("""
                      {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"CLEANING",
                       "summary":"Corridor","receivedAt":"%s","receivedBy":"nobody-at-all"}"""
                                 .formatted(OWN, office.household(), Instant.now().minusSeconds(60)))
              .exchange()
              .expectStatus().isEqualTo(422)
              .expectBody().jsonPath("$.code").isEqualTo("REFERENCE_STAFF_UNKNOWN")
              .jsonPath("$.field").isEqualTo("receivedBy");
    }

    /** Runs last in spirit: whatever this class stored, no event names an actor but the user who caused it. */
    @Test
    void no_event_in_the_log_names_an_actor_other_than_the_signed_in_user() {
        register(office.as(office.clerk()), office.supervisor());
        register(office.as(office.director()), null);
        engine.readEvents(null, false).forEach(event -> {
            Object user = event.getMetaData().get("user");
            if (user == null || !event.getPayload().getClass().isRecord()) {
                return;
            }
            for (RecordComponent component : event.getPayload().getClass().getRecordComponents()) {
                if (component.getType() == StaffId.class && !NAMED_PEOPLE.contains(component.getName())) {
                    Object actor = read(component, event.getPayload());
                    assertThat(actor).as(event.getPayloadType().getSimpleName() + "." + component.getName())
                                     .isIn(null, new StaffId(user.toString()));
                }
            }
        });
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
