package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.access.OfficeScope;
import com.propcare.access.Role;
import com.propcare.access.RouteRule;
import com.propcare.access.RouteRules;
import com.propcare.access.TestUsers;
import com.propcare.standalone.ApiRoutes.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application serves, taken from its handler mapping (not from a hand-kept list), is called with
 * no credentials (401), by a role its rule does not allow (403), by a user of another office (404, or 403 for
 * company-wide routes) and by an allowed user of the right office (neither 401 nor 403, never 5xx). A new
 * endpoint without a rule fails {@link #everyRouteHasARule()}.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String OWN = "office-1";
    private static final String OTHER = "office-2";

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Autowired
    List<RouteRules> tables;

    private final Map<String, String> aggregateOf = new HashMap<>();
    private final ContractCheck contract = new ContractCheck();

    @BeforeAll
    void oneComplaintInEachOffice() {
        web = web.mutate().filter(contract).build();
        for (String office : List.of(OWN, OTHER)) {
            TestOffice registered = TestOffice.register(web, office);
            Map<?, ?> created = web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                                   .bodyValue("""
                                           {"officeId":"%s","channel":"PHONE","householdId":"%s","category":"CLEANING",
                                            "summary":"Corridor","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"%s"}"""
                                                      .formatted(office, registered.household(), registered.clerk()))
                                   .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                                   .getResponseBody();
            aggregateOf.put(office, String.valueOf(created.get("id")));
        }
    }

    @AfterAll
    void everyAnswerWasAsDocumented() {
        assertThat(contract.checked()).isGreaterThan(400);
        assertThat(contract.violations()).isEmpty();
    }

    private List<Route> routes() {
        return ApiRoutes.of(context);
    }

    private Optional<RouteRule> ruleOf(Route route) {
        return ApiRoutes.ruleOf(tables, route);
    }

    @Test
    void everyRouteHasARule() {
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(100);
        assertThat(routes.stream().filter(route -> ruleOf(route).isEmpty()).map(Route::toString))
                .as("routes without a rule in a RouteRules table").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRefusesCallersWithoutCredentials() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () ->
                assertThat(status(route, path(route, OWN), null)).isEqualTo(401)));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRefusesRolesItsRuleDoesNotAllow() {
        return routes().stream().flatMap(route -> {
            RouteRule rule = ruleOf(route).orElseThrow();
            return EnumSet.complementOf(EnumSet.copyOf(rule.roles())).stream().findFirst().stream()
                          .map(role -> DynamicTest.dynamicTest(route + " as " + role, () ->
                                  assertThat(status(route, path(route, OWN), TestUsers.user(role, OWN)))
                                          .isEqualTo(403)));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRouteHidesAnotherOfficesData() {
        return routes().stream().flatMap(route -> {
            RouteRule rule = ruleOf(route).orElseThrow();
            String user = TestUsers.user(rule.roles().iterator().next(), OWN);
            OfficeScope scope = rule.scope();
            if (scope instanceof OfficeScope.PathOffice || scope instanceof OfficeScope.PathAggregate) {
                return Stream.of(DynamicTest.dynamicTest(route + " in " + OTHER, () -> {
                    FluxExchangeResult<DataBuffer> result = exchange(route, path(route, OTHER), user);
                    assertThat(result.getStatus().value()).isEqualTo(404);
                    assertThat(result.getResponseHeaders().getContentType())
                            .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                }));
            }
            if (scope instanceof OfficeScope.QueryOffice query) {
                return Stream.of(
                        DynamicTest.dynamicTest(route + "?" + query.parameter() + "=" + OTHER, () ->
                                assertThat(status(route, path(route, OWN) + "?" + query.parameter() + "=" + OTHER,
                                                  user)).isEqualTo(404)),
                        DynamicTest.dynamicTest(route + " without " + query.parameter(), () ->
                                assertThat(status(route, path(route, OWN), user)).isEqualTo(400)));
            }
            if (scope instanceof OfficeScope.Company) {
                return Stream.of(DynamicTest.dynamicTest(route + " by a user of one office", () ->
                        assertThat(status(route, path(route, OWN), user)).isEqualTo(403)));
            }
            return Stream.empty();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRouteServesAnAllowedUserOfItsOffice() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            RouteRule rule = ruleOf(route).orElseThrow();
            boolean company = rule.scope() instanceof OfficeScope.Company;
            String user = company ? TestUsers.TESTER : TestUsers.user(rule.roles().iterator().next(), OWN);
            String query = rule.scope() instanceof OfficeScope.QueryOffice office
                           ? "?" + office.parameter() + "=" + OWN : "";
            int status = status(route, path(route, OWN) + query, user);
            assertThat(status).as(route + " as " + user).isNotIn(401, 403).isLessThan(500);
        }));
    }

    @Test
    void bodiesNamingAnotherOfficeAreRefusedAsIfTheOfficeDidNotExist() {
        Map<String, String> bodies = Map.of(
                "/api/complaints", """
                        {"officeId":"%s","channel":"PHONE","householdId":"h-1","category":"CLEANING",
                         "summary":"Corridor","receivedAt":"2026-11-20T08:00:00Z","receivedBy":"c1"}""",
                "/api/work-orders", """
                        {"officeId":"%s","householdId":"h-1","kind":"LEAK_REPAIR","description":"leak",
                         "openedBy":"c1"}""",
                "/api/receptions", """
                        {"officeId":"%s","visitorName":"Wang","purpose":"ask","receivedAt":"2026-11-20T08:00:00Z",
                         "receivedBy":"c1"}""");
        bodies.forEach((path, body) -> web.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                                          .header(HttpHeaders.AUTHORIZATION,
                                                  TestUsers.bearer(TestUsers.user(Role.CLERK, OWN)))
                                          .bodyValue(body.formatted(OTHER)).exchange()
                                          .expectStatus().value(status -> assertThat(status)
                                                  .as(path).isIn(400, 404)));
        web.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
           .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(TestUsers.user(Role.CLERK, OWN)))
           .bodyValue(bodies.get("/api/complaints").formatted(OTHER)).exchange()
           .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("OFFICE_NOT_FOUND");
    }

    private String path(Route route, String office) {
        return route.path(variable -> switch (variable) {
            case "officeId" -> office;
            case "id", "staffId" -> route.pattern().startsWith("/api/offices/{id}") ? office : aggregateOf.get(office);
            case "region" -> "cn-mainland";
            case "year" -> "2026";
            case "month" -> "2026-11";
            case "type" -> "ComplaintRegistered";
            case "name" -> "complaint-views";
            default -> "x";
        });
    }

    private int status(Route route, String path, String user) {
        return exchange(route, path, user).getStatus().value();
    }

    private FluxExchangeResult<DataBuffer> exchange(Route route, String path, String user) {
        WebTestClient client = user == null
                               ? web.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                               : web;
        WebTestClient.RequestBodySpec request = client.method(route.method()).uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(user));
        }
        WebTestClient.RequestHeadersSpec<?> sent = route.method().equals(HttpMethod.GET) ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
        FluxExchangeResult<DataBuffer> result = sent.exchange().returnResult(DataBuffer.class);
        // streams never end: the status is all this test needs
        result.getResponseBody().take(Duration.ofMillis(50)).blockLast(Duration.ofSeconds(5));
        return result;
    }
}
