package com.propcare.access;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API document's conventions, the same for every route of both sides: who may call (HTTP Basic, or a bearer
 * token from the identity provider or our own sign-in), one tag per capability, the problems every route can
 * answer with their {@code application/problem+json} shape, and the headers of writing and reading (Idempotency-Key,
 * If-Match, ETag, Location, Log-Position). What differs per route (its summary, body, parameters, success status)
 * is declared on the route itself.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BASIC = "basic";
    private static final String BEARER = "bearer";
    private static final Pattern RESOURCE = Pattern.compile(".*\\{[^}]+}.*");

    /** Capabilities by the start of their paths; the first that matches names a route's tag. */
    private static final Map<String, String> CAPABILITIES = capabilities();

    private static Map<String, String> capabilities() {
        Map<String, String> byPrefix = new LinkedHashMap<>();
        byPrefix.put("/api/complaints", "Complaints");
        byPrefix.put("/api/work-orders", "Work orders");
        byPrefix.put("/api/callbacks", "Callbacks");
        byPrefix.put("/api/matters", "Callbacks");
        byPrefix.put("/api/offices/{officeId}/callback-", "Callbacks");
        byPrefix.put("/api/staff/{staffId}/obligations", "Callbacks");
        byPrefix.put("/api/visits", "Visits");
        byPrefix.put("/api/opinions", "Visits");
        byPrefix.put("/api/offices/{officeId}/holiday-visits", "Visits");
        byPrefix.put("/api/offices/{officeId}/mass-move-ins", "Visits");
        byPrefix.put("/api/offices/{officeId}/visit-quota", "Visits");
        byPrefix.put("/api/receptions", "Receptions");
        byPrefix.put("/api/building-leader-meetings", "Receptions");
        byPrefix.put("/api/surveys", "Surveys");
        byPrefix.put("/api/offices/{officeId}/survey-trend", "Surveys");
        byPrefix.put("/api/offices/{officeId}/policies", "Policies");
        byPrefix.put("/api/policies", "Policies");
        byPrefix.put("/api/calendars", "Working-day calendar");
        byPrefix.put("/api/offices/{officeId}/calendar", "Working-day calendar");
        byPrefix.put("/api/offices/{officeId}/dashboard", "Dashboards");
        byPrefix.put("/api/dashboard", "Dashboards");
        byPrefix.put("/api/offices/{officeId}/bulletins", "Dashboards");
        byPrefix.put("/api/offices/{officeId}/recurring-problems", "Dashboards");
        byPrefix.put("/api/audit", "Audit");
        byPrefix.put("/api/events", "Event feed");
        byPrefix.put("/api/admin", "Administration");
        byPrefix.put("/api/accounts", "Accounts and sessions");
        byPrefix.put("/api/session", "Accounts and sessions");
        byPrefix.put("/api/offices", "Registry");
        byPrefix.put("/api/households", "Registry");
        byPrefix.put("/api/staff", "Registry");
        return byPrefix;
    }

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("Complaints", "Register a complaint (投诉), move it through its lifecycle, read it and its links"),
            Map.entry("Work orders", "Repairs, paid services and help services for households"),
            Map.entry("Callbacks", "Callbacks (回访): performing, auditing, follow-ups; office kinds and matters"),
            Map.entry("Visits", "Visits (拜访), holiday and mass move-in plans, opinions and their answers, quotas"),
            Map.entry("Receptions", "Walk-in receptions and building-leader meetings with their opinions"),
            Map.entry("Surveys", "Satisfaction surveys: campaigns, returns, reports, rectifications"),
            Map.entry("Policies", "Versioned policies of each office: deadlines, callbacks, visits, surveys"),
            Map.entry("Working-day calendar", "Public holidays, make-up working days (调休) and office adjustments"),
            Map.entry("Dashboards", "What an office owes today, its rates, the company view, bulletins; live (SSE)"),
            Map.entry("Audit", "Complaint histories, state at a moment, the tamper-evident ledger, checkpoints"),
            Map.entry("Event feed", "The ordered event stream for integrators (SSE or NDJSON) and its JSON Schemas"),
            Map.entry("Administration", "Read-model rebuilds and failed reactions (dead letters)"),
            Map.entry("Accounts and sessions", "Sign-in, passwords, revocation and sign-in locks"),
            Map.entry("Registry", "Offices, departments, buildings, households and staff"));

    static {
        // a JSON value of any shape (an event's data, a stored document) is a free-form object, not Jackson's class
        SpringDocUtils.getConfig().replaceWithClass(tools.jackson.databind.JsonNode.class, Object.class)
                      .replaceWithClass(com.fasterxml.jackson.databind.JsonNode.class, Object.class);
    }

    /**
     * Types nested in another are named after it too ({@code CallbackRequests.Record} is {@code CallbackRecord},
     * {@code VisitRequests.Record} {@code VisitRecord}): by their simple names alone, two would share one schema.
     */
    /**
     * An operation's id names its subject and its act ({@code complaintRegister}, {@code callbackRecord},
     * {@code visitRecord}), so that a generated client reads well and no id needs a number to be unique.
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> operation.operationId(
                subjectOf(handler.getBeanType()) + Character.toUpperCase(handler.getMethod().getName().charAt(0))
                        + handler.getMethod().getName().substring(1));
    }

    static String subjectOf(Class<?> controller) {
        String subject = controller.getSimpleName()
                                   .replaceFirst("(Command|Query|Admin)?Controller$", "");
        return Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }

    /** The problems every route can answer with, by status. */
    private static final Map<String, String> EVERY_ROUTE = Map.of(
            "400", "Malformed or invalid input (MALFORMED_REQUEST, VALIDATION_FAILED, INVALID_PARAMETER), naming "
                    + "the field",
            "401", "No or wrong credentials (UNAUTHENTICATED), an inactive account (ACCOUNT_INACTIVE)",
            "403", "A role that may not use the route (FORBIDDEN)",
            "404", "Not found, or another office's (…_NOT_FOUND)",
            "429", "Too many requests or streams (REQUEST_RATE_EXCEEDED, TOO_MANY_STREAMS), with Retry-After");

    /** The problems a change can answer with besides. */
    private static final Map<String, String> CHANGES = Map.of(
            "409", "A transition out of order, a rule of the record's state, a concurrent change or an "
                    + "Idempotency-Key in use (…_ILLEGAL_TRANSITION, CONCURRENT_MODIFICATION)",
            "412", "If-Match older than the record (STALE_VERSION) or weak (WEAK_ETAG)",
            "413", "A body over 2 MB (BODY_TOO_LARGE)",
            "415", "A body that is not JSON (or CSV where a CSV is expected)",
            "422", "A business rule or a reference that does not exist (REFERENCE_…_UNKNOWN and the capability's "
                    + "codes), naming the field; nothing is stored");

    @Bean
    ModelResolver nestedTypeNames(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper(), new NestedTypeNames()).openapi31(true);
    }

    static final class NestedTypeNames extends TypeNameResolver {
        @Override
        protected String getNameOfClass(Class<?> type) {
            Class<?> outer = type.getEnclosingClass();
            return outer == null ? super.getNameOfClass(type)
                    : getNameOfClass(outer).replaceFirst("Requests$", "") + type.getSimpleName();
        }
    }

    @Bean
    OpenApiCustomizer apiConventions() {
        return openApi -> {
            openApi.info(new Info().title("PropCare API").version("1")
                                   .description("Complaints, visits, callbacks (回访) and satisfaction surveys of "
                                           + "property-management offices. Every failure is an RFC 9457 problem "
                                           + "with a stable code; every command answers with the aggregate "
                                           + "version (ETag, sent back in If-Match) and the log position of its "
                                           + "last event (Log-Position, sent back on a read to see the write)."));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components
                    .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("A staff account's name and local password, or a system account"))
                    .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("JWT")
                            .description("A token of the company's identity provider, our own sign-in's, or an "
                                                 + "integrator's API token"))
                    .addSchemas(PROBLEM, problemSchema()));
            openApi.security(List.of(new SecurityRequirement().addList(BASIC),
                                     new SecurityRequirement().addList(BEARER)));
            List<Tag> tags = new ArrayList<>();
            CAPABILITIES.values().stream().distinct()
                        .forEach(name -> tags.add(new Tag().name(name).description(DESCRIPTIONS.get(name))));
            openApi.tags(tags);
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                        (method, operation) -> conventions(components, path, method, operation)));
            }
            nullableUnlessRequired(components);
        };
    }

    /**
     * The read models answer null for what has not happened yet (a complaint not yet classified has no severity),
     * and requests may leave out what is optional: a property its schema does not require may be null.
     */
    private static void nullableUnlessRequired(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().forEach((name, schema) -> nullableUnlessRequired(schema));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableUnlessRequired(Schema<?> schema) {
        if (schema.getItems() != null) {
            nullableUnlessRequired(schema.getItems());
        }
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((property, definition) -> {
            nullableUnlessRequired(definition);
            if (required.contains(property) || definition.get$ref() != null) {
                return;
            }
            Set<String> types = definition.getTypes();
            if (types != null && !types.isEmpty() && !types.contains("null")) {
                definition.addType("null");
            }
            List values = definition.getEnum();
            if (values != null && !values.contains(null)) {
                values.add(null);
            }
        });
    }

    private static void conventions(Components components, String path, PathItem.HttpMethod method,
                                    Operation operation) {
        operation.setTags(List.of(capabilityOf(path)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        boolean writes = method != PathItem.HttpMethod.GET;
        boolean stream = path.endsWith("/stream") || path.equals("/api/events");
        responses.forEach((status, response) -> jsonContent(response, stream));
        if (writes && (responses.containsKey("201") || responses.containsKey("202"))) {
            // springdoc's default answer ("OK"), not one the route declares
            if (responses.containsKey("200") && "OK".equals(responses.get("200").getDescription())) {
                responses.remove("200");
            }
            responses.forEach((status, response) -> {
                if (status.equals("201") || status.equals("202")) {
                    response.addHeaderObject("ETag", header("The aggregate's version; send it back in If-Match"))
                            .addHeaderObject("Log-Position", header("The log position of the command's last event"));
                    if (status.equals("201")) {
                        response.addHeaderObject("Location", header("Where to read what was created"));
                    }
                }
            });
            parameter(components, operation, "IdempotencyKey", new HeaderParameter().name("Idempotency-Key")
                    .required(false)
                    .description("Sent again with a retry, the same key answers the first answer and writes nothing"));
            if (RESOURCE.matcher(path).matches()) {
                parameter(components, operation, "IfMatch", new HeaderParameter().name("If-Match")
                        .required(false)
                        .description("The ETag the change was decided on; older is 412, and ending transitions "
                                             + "require it (428)"));
            }
        }
        if (!writes) {
            parameter(components, operation, "LogPositionHeader", new HeaderParameter().name("Log-Position")
                    .required(false).schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO))
                    .description("Answer once the read models have handled this position of a command's answer"));
            parameter(components, operation, "LogPositionParameter", new QueryParameter().name("logPosition")
                    .required(false).schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO))
                    .description("The same as the Log-Position header"));
            problem(components, responses, "503", "The read models did not reach the Log-Position in time "
                    + "(READ_MODEL_BEHIND, with Retry-After)");
        }
        EVERY_ROUTE.forEach((status, description) -> problem(components, responses, status, description));
        if (writes) {
            CHANGES.forEach((status, description) -> problem(components, responses, status, description));
            if (RESOURCE.matcher(path).matches()) {
                problem(components, responses, "428", "An ending transition without If-Match (IF_MATCH_REQUIRED)");
            }
        }
    }

    static String capabilityOf(String path) {
        return CAPABILITIES.entrySet().stream().filter(entry -> path.startsWith(entry.getKey()))
                           .map(Map.Entry::getValue).findFirst().orElse("Registry");
    }

    private static void jsonContent(ApiResponse response, boolean stream) {
        Content content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        MediaType any = content.remove("*/*");
        content.addMediaType(stream ? "text/event-stream" : "application/json", any);
    }

    /** Each header or parameter of the conventions is described once, in the components, and referred to. */
    private static void parameter(Components components, Operation operation, String name, Parameter parameter) {
        if (parameter.getSchema() == null) {
            parameter.schema(new StringSchema());
        }
        if (components.getParameters() == null || !components.getParameters().containsKey(name)) {
            components.addParameters(name, parameter);
        }
        boolean present = operation.getParameters() != null && operation.getParameters().stream().anyMatch(
                known -> parameter.getName().equals(known.getName()) && parameter.getIn().equals(known.getIn()));
        if (!present) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + name));
        }
    }

    /** The problems of one status are described once, in the components, and referred to by every operation. */
    private static void problem(Components components, ApiResponses responses, String status, String description) {
        String name = "Problem" + status;
        if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
            components.addResponses(name, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(
                            "#/components/schemas/" + PROBLEM)))));
        }
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
        }
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details with this API's stable code; further members name what the "
                                     + "problem is about (e.g. officeId and householdId of a reference not "
                                     + "found, currentState and attempted of a refused transition)")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("Stable, e.g. COMPLAINT_ILLEGAL_TRANSITION"))
                .addProperty("field", new StringSchema().description("The field or parameter at fault, if one"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema()).addProperty("rule", new StringSchema())
                        .addProperty("message", new StringSchema())))
                .required(List.of("status", "code"))
                // RFC 9457 extension members: the references at fault (officeId, householdId …) or the state met
                .additionalProperties(true);
    }
}
