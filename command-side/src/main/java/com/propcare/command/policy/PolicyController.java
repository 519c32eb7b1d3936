package com.propcare.command.policy;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.CommandResponse;
import com.propcare.command.support.InvalidField;
import com.propcare.events.OfficeId;
import com.propcare.events.policy.PolicyAdopted;
import com.propcare.events.policy.PolicyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * An office's policy over HTTP: adopt a version, list the versions, read the one in force at a moment, and the
 * product defaults. The reads are served from the command side's small policy lookup, which is written in the
 * adoption's unit of work, so a version is readable as soon as its adoption is answered.
 */
@RestController
@Tag(name = "Policies", description = "Versioned policies of each office: deadlines, callbacks, visits, surveys")
class PolicyController {

    private final CommandExecutor commands;
    private final PolicyVersions versions;
    private final OfficeCalendars calendars;
    private final JsonMapper json;
    private final ObjectReader documents;
    private final Clock clock;

    PolicyController(CommandExecutor commands, PolicyVersions versions, OfficeCalendars calendars, JsonMapper json,
                     Clock clock) {
        this.commands = commands;
        this.versions = versions;
        this.calendars = calendars;
        this.json = json;
        this.documents = json.readerFor(PolicyDocument.class)
                             .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                             .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/offices/{officeId}/policies")
    @Operation(summary = "Adopt the office's next policy version from effectiveFrom (default: now); what the "
            + "document leaves out keeps the product default")
    Mono<ResponseEntity<Object>> adopt(@PathVariable String officeId, @Valid @RequestBody PolicyRequests.Adopt body,
                                       ServerHttpRequest request) {
        OfficeId office = new OfficeId(officeId);
        return Mono.defer(() -> {
            PolicyDocument document = document(body.document());
            Instant at = clock.instant();
            Instant effectiveFrom = body.effectiveFrom() == null ? at : body.effectiveFrom().toInstant();
            return commands.execute(request, body, actor -> new AdoptPolicy(
                    office, effectiveFrom, document, at, actor), outcome -> {
                PolicyAdopted adopted = outcome.event(PolicyAdopted.class).orElseThrow();
                return CommandResponse.created(location(office), new PolicyRequests.Adopted(
                        officeId, adopted.version().value(), adopted.number(), adopted.effectiveFrom(),
                        outcome.version()));
            });
        });
    }

    @GetMapping("/api/offices/{officeId}/policies")
    @Operation(summary = "Every version the office adopted, oldest first")
    Mono<PolicyRequests.Versions> versions(@PathVariable String officeId) {
        return blocking(() -> new PolicyRequests.Versions(
                officeId, versions.adopted(new OfficeId(officeId)).stream().map(PolicyRequests.VersionView::of)
                                  .toList()));
    }

    @GetMapping("/api/offices/{officeId}/policies/in-force")
    @Operation(summary = "The version in force at a moment (default: now; a local date-time is in the office's time "
            + "zone); the defaults when none was adopted by then")
    Mono<PolicyRequests.VersionView> inForce(@PathVariable String officeId,
                                             @RequestParam(required = false) String at) {
        OfficeId office = new OfficeId(officeId);
        return blocking(() -> PolicyRequests.VersionView.of(versions.inForce(office, moment(at, office))));
    }

    @GetMapping("/api/policies/defaults")
    @Operation(summary = "The product defaults of every policy value")
    PolicyDocument defaults() {
        return PolicyDefaults.document();
    }

    /** Now when absent; a local date-time is read in the office's time zone, one with an offset stands for itself. */
    private Instant moment(String at, OfficeId office) {
        if (at == null || at.isBlank()) {
            return clock.instant();
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    at.trim(), ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof LocalDateTime local) {
                return local.atZone(calendars.zoneOf(office)).toInstant();
            }
            return Instant.from(parsed);
        } catch (DateTimeParseException e) {
            throw new InvalidField("at", "DateTime", "must be a local date-time such as 2026-12-01T00:00 (in the "
                    + "office's time zone) or an instant with offset such as 2026-11-30T16:00:00Z");
        }
    }

    /**
     * The defaults with the requested parts laid over them: objects merge field by field, anything else replaces.
     * What is left out keeps its default; a null given is taken as it is (no target rate, an open band).
     */
    private PolicyDocument document(JsonNode requested) {
        if (requested == null || requested.isNull()) {
            return PolicyDefaults.document();
        }
        if (!requested.isObject()) {
            throw new InvalidField("document", "Object", "must be a JSON object");
        }
        JsonNode merged = merge(json.valueToTree(PolicyDefaults.document()), requested);
        try {
            return documents.readValue(merged);
        } catch (JacksonException e) {
            throw new InvalidField("document" + path(e), "Format", firstLine(e.getOriginalMessage()));
        }
    }

    private static JsonNode merge(JsonNode base, JsonNode overlay) {
        if (base instanceof ObjectNode object && overlay.isObject()) {
            for (Map.Entry<String, JsonNode> field : overlay.properties()) {
                object.set(field.getKey(), merge(object.get(field.getKey()), field.getValue()));
            }
            return object;
        }
        return overlay;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String text) {
        int newline = text == null ? -1 : text.indexOf('\n');
        return newline < 0 ? String.valueOf(text) : text.substring(0, newline);
    }

    private static URI location(OfficeId office) {
        return URI.create("/api/offices/" + office.value() + "/policies");
    }

    private static <T> Mono<T> blocking(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }
}
