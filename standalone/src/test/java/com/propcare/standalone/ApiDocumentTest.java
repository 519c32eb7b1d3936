package com.propcare.standalone;

import com.propcare.access.TestOffice;
import com.propcare.standalone.ApiRoutes.Route;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document is the contract: it parses as OpenAPI 3.1 with an integrator's tools, documents every route the
 * application serves and no other, and every operation has a summary, a capability's tag, who may call it, and the
 * problems it can answer with.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"propcare.mongodb.uri=", "propcare.mongodb.embedded=memory", "propcare.security.demo-users=false"})
@AutoConfigureWebTestClient(timeout = "PT30S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTest {

    private static final Set<String> CAPABILITIES = Set.of(
            "Complaints", "Work orders", "Callbacks", "Visits", "Receptions", "Surveys", "Policies",
            "Working-day calendar", "Dashboards", "Audit", "Event feed", "Administration", "Accounts and sessions",
            "Registry");

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;

    /** The contract as the repository keeps it: the client of {@code api-client-check} is generated from it. */
    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).enable(SerializationFeature.INDENT_OUTPUT);

    private SwaggerParseResult parsed;
    private String served;

    @BeforeAll
    void read() {
        String document = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
                             .build().get().uri("/v3/api-docs")
                                       .exchange().expectStatus().isOk()
                                       .expectBody(String.class).returnResult().getResponseBody();
        served = document;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        parsed = new OpenAPIV3Parser().readContents(document, null, options);
    }

    /**
     * A change of the API is a change of the contract in the repository too: after one, write the document anew
     * with {@code mvn -pl standalone test -Dtest=ApiDocumentTest -Dpropcare.api-document.write=true} and commit it.
     */
    @Test
    void the_contract_in_the_repository_is_the_document_the_application_serves() throws IOException {
        JsonNode live = JSON.readTree(served);
        ((ObjectNode) live).remove("servers");
        if (Boolean.getBoolean("propcare.api-document.write")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(JSON.treeToValue(live, Object.class)) + "\n");
        }
        assertThat(JSON.readTree(Files.readString(COMMITTED)))
                .as("docs/openapi.json is the API as served (write it anew: see this test's comment)")
                .isEqualTo(live);
    }

    @Test
    void it_is_valid_openapi_3_1_with_a_title_and_the_ways_to_sign_in() {
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getInfo().getTitle()).isEqualTo("PropCare API");
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("basic", "bearer");
        assertThat(api.getComponents().getSchemas()).containsKey("Problem");
    }

    @Test
    void every_route_served_is_documented_and_every_documented_route_is_served() {
        Set<String> served = new TreeSet<>();
        for (Route route : ApiRoutes.of(context)) {
            served.add(route.method().name() + " " + route.pattern());
        }
        Set<String> documented = new TreeSet<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(
                method -> documented.add(method.name() + " " + path)));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void every_operation_has_a_summary_a_capability_security_and_its_problems() {
        List<String> lacking = new ArrayList<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                lacking.add(name + ": summary");
            }
            if (operation.getTags() == null || operation.getTags().size() != 1
                    || !CAPABILITIES.contains(operation.getTags().get(0))) {
                lacking.add(name + ": one capability tag, not " + operation.getTags());
            }
            if (!problems(operation).containsAll(Set.of("400", "401", "403", "404"))) {
                lacking.add(name + ": 4xx problems");
            }
            if (method != PathItem.HttpMethod.GET && !problems(operation).contains("422")) {
                lacking.add(name + ": 422");
            }
            if (operation.getResponses().keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                lacking.add(name + ": a success response");
            }
        }));
        assertThat(lacking).isEmpty();
        assertThat(parsed.getOpenAPI().getSecurity()).isNotEmpty();
        List<String> ids = new ArrayList<>();
        parsed.getOpenAPI().getPaths().values().forEach(item -> item.readOperations().forEach(
                operation -> ids.add(operation.getOperationId())));
        assertThat(ids).as("operation ids, unique without numbers").doesNotHaveDuplicates()
                       .allMatch(id -> id.matches("[a-z][A-Za-z]+"));
    }

    @Test
    void a_command_documents_its_status_and_headers_and_a_list_its_filters() {
        Operation register = parsed.getOpenAPI().getPaths().get("/api/complaints").getPost();
        assertThat(register.getResponses()).containsKey("201").doesNotContainKey("200");
        assertThat(register.getResponses().get("201").getHeaders()).containsKeys("Location", "ETag", "Log-Position");
        assertThat(register.getParameters()).extracting(parameter -> parameter.getName()).contains("Idempotency-Key");
        Operation verify = parsed.getOpenAPI().getPaths().get("/api/complaints/{id}/verify").getPost();
        assertThat(verify.getResponses()).containsKeys("202", "409", "412", "422", "428");
        assertThat(verify.getParameters()).extracting(parameter -> parameter.getName()).contains("If-Match");
        Operation list = parsed.getOpenAPI().getPaths().get("/api/complaints").getGet();
        assertThat(list.getParameters()).extracting(parameter -> parameter.getName())
                                        .contains("office", "status", "Log-Position")
                                        .doesNotContain("request");
        assertThat(list.getResponses().get("200").getContent()).containsKey("application/json");
    }

    @Test
    void a_read_refuses_a_parameter_its_route_does_not_know_naming_it_and_the_right_spelling() {
        List<String> answered = new ArrayList<>();
        for (Route route : ApiRoutes.of(context)) {
            if (route.changes() || route.pattern().contains("{")) {
                continue;
            }
            int status = web.get().uri(route.pattern() + "?nonsenseParameter=1").exchange()
                            .returnResult(String.class).getStatus().value();
            if (status != 400) {
                answered.add(route + " → " + status);
            }
        }
        assertThat(answered).isEmpty();
        web.get().uri("/api/complaints?officeId=office-1").exchange()
           .expectStatus().isBadRequest()
           .expectBody().jsonPath("$.code").isEqualTo("INVALID_PARAMETER")
           .jsonPath("$.field").isEqualTo("officeId")
           .jsonPath("$.didYouMean").isEqualTo("office");
        web.get().uri("/api/visits?officeId=office-1&sise=5").exchange()
           .expectStatus().isBadRequest().expectBody().jsonPath("$.didYouMean").isEqualTo("office");
    }

    @Test
    void every_list_of_an_office_takes_office_and_answers_one_paged_envelope() {
        TestOffice office = TestOffice.register(web, "office-lists");
        for (String list : List.of("/api/complaints", "/api/callbacks", "/api/work-orders", "/api/visits",
                                   "/api/opinions", "/api/receptions")) {
            web.get().uri(list + "?office=" + office.id() + "&page=0&size=5").exchange()
               .expectStatus().isOk()
               .expectBody().jsonPath("$.items").isArray()
               .jsonPath("$.page").isEqualTo(0)
               .jsonPath("$.size").isEqualTo(5)
               .jsonPath("$.total").isNumber();
        }
    }

    private static Set<String> problems(Operation operation) {
        Set<String> problems = new TreeSet<>();
        operation.getResponses().forEach((status, response) -> {
            if (response.getContent() != null && response.getContent().containsKey("application/problem+json")) {
                problems.add(status);
            }
        });
        return problems;
    }
}
