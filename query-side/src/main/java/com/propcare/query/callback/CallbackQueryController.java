package com.propcare.query.callback;

import com.propcare.query.registry.FindStaffMember;
import com.propcare.query.registry.OfficeZones;
import com.propcare.query.registry.StaffView;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.Parameters;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Callback obligations as staff look them up: one with its record, an office's list, a member of staff's open
 * obligations, and an office's monthly figures. Days and months are the office's, in its registered time zone.
 */
@RestController
@Tag(name = "Callback queries", description = "Callback obligations, their records and monthly figures")
class CallbackQueryController {

    private static final String NOT_FOUND = "CALLBACK_NOT_FOUND";

    private final QueryGateway queries;
    private final OfficeZones zones;
    private final Clock clock;

    CallbackQueryController(QueryGateway queries, OfficeZones zones, Clock clock) {
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    /** Spring answers a matching {@code If-None-Match} with 304 from the ETag set here. */
    @GetMapping("/api/callbacks/{id}")
    @Operation(summary = "One callback obligation with its record, follow-ups and spot checks; ETag")
    Mono<ResponseEntity<CallbackView>> one(@PathVariable String id) {
        return ask(() -> queries.query(new FindCallback(id), ResponseTypes.instanceOf(CallbackView.class)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound(NOT_FOUND, "No callback " + id)))
                .map(view -> ResponseEntity.ok().eTag(entityTag(view)).body(view));
    }

    @GetMapping("/api/callbacks")
    @Operation(summary = "An office's callbacks, soonest due first; filters kind, status, role, dueBefore")
    Mono<CallbackPage> list(@ParameterObject CallbackListRequest request) {
        Mono<ZoneId> zone = Parameters.isBlank(request.office()) ? Mono.just(OfficeZones.DEFAULT_ZONE)
                : zones.zoneOf(request.office().trim());
        return zone.map(request::toQuery)
                   .flatMap(query -> ask(() -> queries.query(query, ResponseTypes.instanceOf(CallbackPage.class))));
    }

    @GetMapping("/api/staff/{staffId}/obligations")
    @Operation(summary = "The open callbacks one of the staff member's roles may perform and the open follow-ups "
            + "assigned to them or their department, soonest due first")
    Mono<StaffObligations> obligations(@PathVariable String staffId) {
        return ask(() -> queries.query(new FindStaffMember(staffId), ResponseTypes.instanceOf(StaffView.class)))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("STAFF_NOT_FOUND", "No staff member " + staffId)))
                .map(staff -> new FindStaffObligations(staff.id(), staff.office(), staff.department(), staff.roles()))
                .flatMap(query -> ask(() -> queries.query(query, ResponseTypes.instanceOf(StaffObligations.class))));
    }

    @GetMapping("/api/offices/{officeId}/callback-summary")
    @Operation(summary = "Per kind for one month (default: this month): scheduled, performed, on time, overdue, "
            + "cancelled, rates, follow-ups and spot checks")
    Mono<CallbackSummary> summary(@PathVariable String officeId, @RequestParam(required = false) String month) {
        return zones.zoneOf(officeId)
                .map(zone -> new FindCallbackSummary(officeId, monthOf(month, zone), zone))
                .flatMap(query -> ask(() -> queries.query(query, ResponseTypes.instanceOf(CallbackSummary.class))));
    }

    private YearMonth monthOf(String month, ZoneId zone) {
        List<Violation> violations = new ArrayList<>();
        YearMonth parsed = Parameters.month("month", month, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        return parsed == null ? YearMonth.now(clock.withZone(zone)) : parsed;
    }

    /** Query handlers read MongoDB with a blocking driver, so they run off the event loop. */
    private static <R> Mono<R> ask(Supplier<CompletableFuture<R>> query) {
        return Mono.fromFuture(query).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The version identifies the stored view; the overdue flags change with time alone, but for one version they
     * can only be added, so their count completes a strong validator of what is sent.
     */
    private static String entityTag(CallbackView view) {
        int overdue = view.overdueFlags();
        return "\"" + view.version() + (overdue == 0 ? "" : "-overdue-" + overdue) + "\"";
    }
}
