package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.access.TestUsers;
import com.propcare.standalone.ApiRoutes.Route;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What enters the log names only what exists. For every command route whose body names an office, household,
 * department, member of staff or record, each such field is replaced in turn by an id nobody registered: the request
 * is refused with 4xx naming the field, and the log's head does not move. Which fields must be covered is read from
 * the request types of the routes themselves, so a new route or field that names a reference fails
 * {@link #every_reference_field_of_every_route_is_covered()} until it has a case here.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferencesMatrixTest {

    /** Body fields that name something which must exist. */
    private static final Set<String> REFERENCE_FIELDS = Set.of(
            "officeId", "householdId", "householdIds", "attendees", "department", "handlingDepartment", "assignee",
            "performedBy", "receivedBy", "visitedBy", "chairedBy", "handledBy", "staffMember", "with", "owner",
            "previousComplaintId", "sourceId");
    /** Fields of those names that name something the request creates, not a reference. */
    private static final Set<String> CREATED = Set.of("POST /api/offices officeId",
                                                      "POST /api/offices/{officeId}/households householdId");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Fields that name the colleague who did the work when the signed-in user only enters it. */
    private static final Set<String> WHO_DID_IT = Set.of("receivedBy", "performedBy", "visitedBy");

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    EventStorageEngine engine;

    private TestOffice office;
    private String household;
    private final Map<String, String> ids = new LinkedHashMap<>();

    @AfterAll
    void everyAnswerWasAsDocumented() {
        assertThat(contract.checked()).isGreaterThan(50);
        assertThat(contract.violations()).isEmpty();
    }

    /** One refused request: the route, its path, the field replaced and the body with that field's value. */
    private record Case(String route, String path, String field, Function<String, Map<String, Object>> body,
                        String as) {
        String key() {
            return route + " " + field.replaceAll("\\[0]$", "").replaceAll("^.*\\.", "");
        }
    }

    private final ContractCheck contract = new ContractCheck();

    @BeforeAll
    void office() {
        web = web.mutate().filter(contract).build();
        office = TestOffice.register(web, "office-refs");
        household = office.household();
        ids.put("complaint", complaint());
        ids.put("classified", walk(complaint(), "classified"));
        ids.put("decided", walk(complaint(), "decided"));
        ids.put("workOrder", workOrder());
        String assigned = workOrder();
        post(office.supervisor(), "/api/work-orders/" + assigned + "/assign",
             Map.of("department", TestOffice.REPAIRS, "assignee", office.repairLead()), null);
        ids.put("assigned", assigned);
        ids.put("visit", created(office.supervisor(), "/api/visits", Map.of(
                "officeId", office.id(), "kind", "ROUTINE", "householdId", household,
                "due", Instant.now().plus(Duration.ofDays(7)).toString())));
        ids.put("survey", survey("2026-H1"));
        post(office.director(), "/api/surveys/" + ids.get("survey") + "/close", Map.of("reason", "collected"), "\"0\"");
        ids.put("openSurvey", survey("2026-H2"));
        ids.put("callback", callbackOf(walk(complaint(), "reported")));
        await().atMost(Duration.ofSeconds(20)).until(this::settled);
    }

    private LogHead head;

    private boolean settled() {
        if (head == null) {
            head = new LogHead(engine);
        }
        return head.settled();
    }

    private String complaint() {
        return created(office.clerk(), "/api/complaints", Map.of(
                "officeId", office.id(), "channel", "PHONE", "householdId", household, "category", "CLEANING",
                "summary", "Corridor", "receivedAt", Instant.now().minusSeconds(60).toString()));
    }

    /** Walks a complaint to the state named; answers its id. */
    private String walk(String complaint, String to) {
        String base = "/api/complaints/" + complaint;
        post(office.clerk(), base + "/verify", Map.of("findings", "seen", "proposedHandling", "clean"), null);
        post(office.supervisor(), base + "/classify", Map.of("severity", "GENERAL", "responsibility", "OWN"), null);
        if (!to.equals("classified")) {
            post(office.director(), base + "/decide-handling",
                 Map.of("department", TestOffice.CLEANING, "handlingMethod", "clean"), null);
        }
        if (to.equals("reported")) {
            post(office.supervisor(), base + "/dispatch", Map.of("department", TestOffice.CLEANING), null);
            post(office.clerk(), base + "/acknowledge-dispatch", Map.of(), null);
            post(office.clerk(), base + "/report-result", Map.of("result", "clean"), null);
        }
        return complaint;
    }

    /** The complaint callback its reported result called for, once the trigger scheduled it. */
    private String callbackOf(String complaint) {
        long reported = engine.readEvents(complaint, 0).asStream().reduce((first, second) -> second).orElseThrow()
                              .getSequenceNumber();
        String callback = "cb-" + complaint + "-" + reported;
        await().atMost(Duration.ofSeconds(20)).until(
                () -> engine.readEvents(callback, 0).asStream().findAny().isPresent());
        return callback;
    }

    private String workOrder() {
        return created(office.clerk(), "/api/work-orders", Map.of(
                "officeId", office.id(), "householdId", household, "kind", "SMALL_REPAIR", "description", "Tap"));
    }

    private String survey(String period) {
        created(office.director(), "/api/surveys", Map.of("officeId", office.id(), "period", period));
        return office.id() + ":" + period;
    }

    private String created(String as, String path, Map<String, Object> body) {
        return String.valueOf(office.as(as).post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                                    .getResponseBody().get("id"));
    }

    private void post(String as, String path, Map<String, Object> body, String ifMatch) {
        WebTestClient.RequestBodySpec request = office.as(as).post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        request.bodyValue(body).exchange().expectStatus().is2xxSuccessful();
    }

    private static Map<String, Object> with(Map<String, Object> valid, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.put(field, value);
        return body;
    }

    /** A case for each reference field of a body, the others left valid. */
    private List<Case> cases(String route, String path, String as, Map<String, Object> valid, String... fields) {
        List<Case> cases = new ArrayList<>();
        for (String field : fields) {
            if (field.endsWith("[0]")) {
                String list = field.substring(0, field.length() - 3);
                cases.add(new Case(route, path, field, unknown -> with(valid, list, List.of(unknown)), as));
            } else if (field.contains(".")) {
                String outer = field.substring(0, field.indexOf('.'));
                String inner = field.substring(field.indexOf('.') + 1);
                cases.add(new Case(route, path, field, unknown -> with(valid, outer, with(
                        castMap(valid.get(outer)), inner, unknown)), as));
            } else if (field.equals("officeId")) {
                // a user of one office is told another office does not exist (404); a company user learns why
                cases.add(new Case(route, path, field, unknown -> with(valid, field, unknown), TestUsers.TESTER));
            } else {
                cases.add(new Case(route, path, field, unknown -> with(valid, field, unknown), as));
            }
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private List<Case> cases() {
        String now = Instant.now().minusSeconds(60).toString();
        String officeId = office.id();
        List<Case> cases = new ArrayList<>();
        cases.addAll(cases("POST /api/complaints", "/api/complaints", office.clerk(), Map.of(
                "officeId", officeId, "channel", "PHONE", "householdId", household, "category", "CLEANING",
                "summary", "Corridor", "receivedAt", now, "receivedBy", office.supervisor()),
                           "officeId", "householdId", "receivedBy"));
        cases.addAll(cases("POST /api/complaints/{id}/decide-handling",
                           "/api/complaints/" + ids.get("classified") + "/decide-handling", office.director(),
                           Map.of("department", TestOffice.CLEANING, "handlingMethod", "clean"), "department"));
        cases.addAll(cases("POST /api/complaints/{id}/dispatch", "/api/complaints/" + ids.get("decided") + "/dispatch",
                           office.supervisor(), Map.of("department", TestOffice.CLEANING), "department"));
        cases.addAll(cases("POST /api/complaints/{id}/flag-repeat",
                           "/api/complaints/" + ids.get("complaint") + "/flag-repeat", office.clerk(),
                           Map.of("previousComplaintId", ids.get("classified")), "previousComplaintId"));
        cases.addAll(cases("POST /api/work-orders", "/api/work-orders", office.clerk(), Map.of(
                "officeId", officeId, "householdId", household, "kind", "SMALL_REPAIR", "description", "Tap",
                "source", "COMPLAINT", "sourceId", ids.get("complaint")), "officeId", "householdId", "sourceId"));
        cases.addAll(cases("POST /api/work-orders/{id}/assign", "/api/work-orders/" + ids.get("workOrder") + "/assign",
                           office.supervisor(), Map.of("department", TestOffice.REPAIRS, "assignee",
                                                       office.repairLead()), "department", "assignee"));
        cases.addAll(cases("POST /api/work-orders/{id}/complete",
                           "/api/work-orders/" + ids.get("assigned") + "/complete", office.clerk(),
                           Map.of("performedBy", office.repairLead()), "performedBy"));
        cases.addAll(cases("POST /api/visits", "/api/visits", office.supervisor(), Map.of(
                "officeId", officeId, "kind", "ROUTINE", "householdId", household,
                "due", Instant.now().plus(Duration.ofDays(7)).toString()), "officeId", "householdId"));
        cases.addAll(cases("POST /api/visits/{id}/appointment", "/api/visits/" + ids.get("visit") + "/appointment",
                           office.supervisor(), Map.of("appointedFor", Instant.now().plus(Duration.ofDays(1))
                                                                              .toString(),
                                                       "method", "PHONE", "with", office.supervisor()), "with"));
        cases.addAll(cases("POST /api/visits/{id}/record", "/api/visits/" + ids.get("visit") + "/record",
                           office.clerk(), Map.of("method", "PHONE", "visitedAt", now, "visitedBy", office.supervisor(),
                                                  "summary", "Talked", "feedbackRequired", false,
                                                  "signature", "NOT_REQUIRED"), "visitedBy"));
        cases.addAll(cases("POST /api/receptions", "/api/receptions", office.clerk(), Map.of(
                "officeId", officeId, "householdId", household, "purpose", "ask", "receivedAt", now,
                "receivedBy", office.supervisor(), "outcome", "ANSWERED_ON_SPOT"),
                           "officeId", "householdId", "receivedBy"));
        cases.addAll(cases("POST /api/building-leader-meetings", "/api/building-leader-meetings", office.clerk(),
                           Map.of("officeId", officeId, "heldOn", LocalDate.now().minusDays(1).toString(),
                                  "chairedBy", office.director(), "attendees", List.of(household),
                                  "attendeeCount", 1), "officeId", "chairedBy", "attendees[0]"));
        Map<String, Object> matter = Map.of("officeId", officeId, "matterType", "ACCIDENT",
                                            "householdIds", List.of(household), "handledBy", office.repairLead(),
                                            "handlingDepartment", TestOffice.REPAIRS, "occurredAt", now);
        cases.addAll(cases("POST /api/matters", "/api/matters", office.director(), matter,
                           "officeId", "householdIds[0]", "handledBy", "handlingDepartment"));
        Map<String, Object> aboutStaff = new LinkedHashMap<>(matter);
        aboutStaff.remove("householdIds");
        aboutStaff.put("staffMember", office.clerk());
        cases.addAll(cases("POST /api/matters", "/api/matters", office.director(), aboutStaff, "staffMember"));
        cases.addAll(cases("POST /api/surveys", "/api/surveys", office.director(),
                           Map.of("officeId", officeId, "period", "2027-H1"), "officeId"));
        cases.addAll(cases("POST /api/surveys/{id}/returns", "/api/surveys/" + ids.get("openSurvey") + "/returns",
                           office.clerk(), Map.of("returnId", "q-1", "householdId", household,
                                                  "answers", Map.of("CLEANING", List.of("SATISFIED"))),
                           "householdId"));
        cases.addAll(cases("POST /api/surveys/{id}/rectifications",
                           "/api/surveys/" + ids.get("survey") + "/rectifications", office.director(), Map.of(
                        "rectificationId", "r-1", "category", "CLEANING", "causeAnalysis", "few cleaners",
                        "measures", "hire", "owner", office.supervisor(), "department", TestOffice.CLEANING),
                           "owner", "department"));
        cases.addAll(cases("POST /api/callbacks/{id}/record", "/api/callbacks/" + ids.get("callback") + "/record",
                           office.clerk(), Map.of("method", "PHONE", "content", "Asked", "result", "NOT_SATISFIED",
                                                  "performedBy", office.supervisor(),
                                                  "rectification", Map.of("department", TestOffice.CLEANING,
                                                                          "due", Instant.now().plus(Duration.ofDays(3))
                                                                                        .toString(),
                                                                          "description", "again")),
                           "performedBy", "rectification.department"));
        cases.addAll(cases("POST /api/offices/{officeId}/staff", "/api/offices/" + officeId + "/staff",
                           TestUsers.TESTER, Map.of("staffId", "new-" + officeId, "name", "New",
                                                     "department", TestOffice.CLEANING, "roles", List.of("CLERK")),
                           "department"));
        cases.addAll(cases("POST /api/staff/{id}/department", "/api/staff/" + office.clerk() + "/department",
                           TestUsers.TESTER, Map.of("department", TestOffice.CLEANING), "department"));
        return cases;
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> a_reference_to_what_does_not_exist_is_refused_naming_the_field_and_stores_nothing() {
        List<Case> cases = cases();
        return cases.stream().map(refused -> DynamicTest.dynamicTest(refused.route() + " " + refused.field(), () -> {
            long before = engine.readEvents(null, false).count();
            WebTestClient client = refused.as().equals(TestUsers.TESTER) ? web : office.as(refused.as());
            EntityExchangeResult<byte[]> answer =
                    client.post().uri(refused.path()).contentType(MediaType.APPLICATION_JSON)
                       .bodyValue(refused.body().apply("unknown-" + refused.field().replaceAll("\\W", "-")))
                       .exchange().expectBody().returnResult();
            String body = new String(answer.getResponseBody(), StandardCharsets.UTF_8);
            assertThat(answer.getStatus().value()).as(body).isEqualTo(422);
            JsonNode problem = JSON.readTree(body);
            String named = problem.has("field") ? problem.get("field").asString()
                                                : problem.path("errors").path(0).path("field").asString();
            assertThat(named).as(body).isEqualTo(refused.field());
            assertThat(problem.get("code").asString()).as(body)
                                                      .matches(".*_UNKNOWN|SURVEY_NOT_DISTRIBUTED|STAFF_UNKNOWN_DEPARTMENT");
            assertThat(engine.readEvents(null, false).count()).as("events after " + refused.key()).isEqualTo(before);
        }));
    }

    /**
     * Every field that names who did the work, on every route that has one: a role without the on-behalf permission
     * naming a colleague is refused and nothing is stored; the clerk or supervisor of the case may, and the stored
     * event names the colleague as who did it and the signed-in user as who recorded it.
     */
    @TestFactory
    @Order(2)
    Stream<DynamicTest> naming_a_colleague_as_who_did_the_work_is_recorded_beside_the_recorder() {
        return cases().stream().filter(named -> WHO_DID_IT.contains(named.field())).map(named -> DynamicTest.dynamicTest(
                named.route() + " " + named.field(), () -> {
                    String colleague = named.field().equals("performedBy") && named.route().contains("work-orders")
                                       ? office.repairLead() : office.supervisor();
                    Map<String, Object> body = named.body().apply(colleague);
                    long before = engine.readEvents(null, false).count();
                    office.as(office.quality()).post().uri(named.path()).contentType(MediaType.APPLICATION_JSON)
                          .bodyValue(body).exchange().expectStatus().isForbidden();
                    assertThat(engine.readEvents(null, false).count()).isEqualTo(before);

                    office.as(named.as()).post().uri(named.path()).contentType(MediaType.APPLICATION_JSON)
                          .bodyValue(body).exchange().expectStatus().is2xxSuccessful();
                    Pattern whoDidIt = Pattern.compile(
                            named.field() + "=(StaffId\\[value=)?" + colleague + "\\b");
                    var stored = engine.readEvents(null, false)
                                       .filter(event -> whoDidIt.matcher(event.getPayload().toString()).find())
                                       .reduce((first, second) -> second);
                    assertThat(stored).as("an event naming " + colleague + " as " + named.field()).isPresent();
                    assertThat(stored.get().getMetaData().get("user")).as("the recorder").isEqualTo(named.as());
                }));
    }

    @Test
    void every_reference_field_of_every_route_is_covered() {
        Set<String> covered = new TreeSet<>();
        cases().forEach(refused -> covered.add(refused.key()));
        Set<String> required = new TreeSet<>();
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping",
                                                                RequestMappingHandlerMapping.class);
        List<String> routes = ApiRoutes.of(context).stream().map(Route::toString).toList();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (!parameter.hasParameterAnnotation(RequestBody.class)) {
                    continue;
                }
                Set<String> fields = new TreeSet<>();
                referenceFields(parameter.getGenericParameterType(), fields, 0);
                info.getPatternsCondition().getPatterns().forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> fields.forEach(field -> {
                            String key = method + " " + pattern.getPatternString() + " " + field;
                            if (!method.asHttpMethod().equals(HttpMethod.GET)
                                    && routes.contains(method + " " + pattern.getPatternString())
                                    && !CREATED.contains(key)) {
                                required.add(key);
                            }
                        })));
            }
        });
        assertThat(required).isNotEmpty();
        assertThat(covered).as("reference fields without a case").containsAll(required);
    }

    private static void referenceFields(Type type, Set<String> fields, int depth) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                       : type instanceof Class<?> plain ? plain : null;
        if (raw == null || !raw.isRecord() || depth > 2) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (REFERENCE_FIELDS.contains(component.getName())) {
                fields.add(component.getName());
            }
            referenceFields(component.getGenericType(), fields, depth + 1);
        }
    }
}
