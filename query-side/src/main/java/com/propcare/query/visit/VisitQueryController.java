package com.propcare.query.visit;

import com.propcare.events.visit.VisitKind;
import com.propcare.query.registry.OfficeZones;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.Page;
import com.propcare.query.support.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Visits, opinions, the reception log and the monthly quota, read-only. Months are those of the service's time zone,
 * the zone of its clock.
 */
@RestController
class VisitQueryController {

    private static final Set<String> VISIT_STATUSES = Set.of("pending", "overdue", "done", "skipped");
    private static final Set<String> OPINION_STATUSES = Set.of("pending", "overdue", "answered");

    private final VisitQueries queries;
    private final OfficeZones zones;
    private final Clock clock;

    VisitQueryController(VisitQueries queries, OfficeZones zones, Clock clock) {
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    @GetMapping("/api/visits/{id}")
    @Operation(summary = "One visit as it stands, with its record and opinions")
    Mono<VisitDetails> visit(@PathVariable String id) {
        return blocking(() -> queries.visit(id));
    }

    @GetMapping("/api/visits")
    @Operation(summary = "Visits of an office (office=), by performer, kind and status")
    Mono<Page<VisitSummary>> visits(@RequestParam(required = false) String office,
                                    @RequestParam(required = false) String performer,
                                    @RequestParam(required = false) String kind,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size) {
        List<Violation> violations = new ArrayList<>();
        requireOffice(office, violations);
        if (!Parameters.isBlank(kind) && Arrays.stream(VisitKind.values()).noneMatch(k -> k.name().equals(kind))) {
            violations.add(new Violation("kind", "one of " + Arrays.toString(VisitKind.values())));
        }
        requireOneOf("status", status, VISIT_STATUSES, violations);
        failOn(violations);
        return blocking(() -> Page.of(queries.visits(office, blankToNull(performer), blankToNull(kind),
                                                     blankToNull(status)), page, size));
    }

    @GetMapping("/api/opinions")
    @Operation(summary = "Opinions raised in visits, receptions and meetings of an office (office=), by status")
    Mono<Page<OpinionSummary>> opinions(@RequestParam(required = false) String office,
                                        @RequestParam(required = false) String status,
                                        @RequestParam(required = false) String page,
                                        @RequestParam(required = false) String size) {
        List<Violation> violations = new ArrayList<>();
        requireOffice(office, violations);
        requireOneOf("status", status, OPINION_STATUSES, violations);
        failOn(violations);
        return blocking(() -> Page.of(queries.opinions(office, blankToNull(status)), page, size));
    }

    @GetMapping("/api/receptions")
    @Operation(summary = "Walk-in receptions of an office (office=), by month")
    Mono<Page<ReceptionSummary>> receptions(@RequestParam(required = false) String office,
                                            @RequestParam(required = false) String month,
                                            @RequestParam(required = false) String page,
                                            @RequestParam(required = false) String size) {
        List<Violation> officeViolations = new ArrayList<>();
        requireOffice(office, officeViolations);
        failOn(officeViolations);
        return zones.zoneOf(office).flatMap(zone -> {
            List<Violation> violations = new ArrayList<>();
            YearMonth parsed = month(month, zone, violations);
            failOn(violations);
            return blocking(() -> Page.of(queries.receptions(office, parsed), page, size));
        });
    }

    @GetMapping("/api/offices/{officeId}/visit-quota")
    @Operation(summary = "The month's routine-visit quota: band, target, progress, exclusions, suggestions")
    Mono<VisitQuota> quota(@PathVariable String officeId, @RequestParam(required = false) String month) {
        return zones.zoneOf(officeId).flatMap(zone -> {
            List<Violation> violations = new ArrayList<>();
            YearMonth parsed = month(month, zone, violations);
            failOn(violations);
            return blocking(() -> queries.quota(officeId, parsed, zone));
        });
    }

    private YearMonth month(String text, ZoneId zone, List<Violation> violations) {
        if (Parameters.isBlank(text)) {
            return YearMonth.now(clock.withZone(zone));
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation("month", "a month as yyyy-MM, e.g. 2026-11"));
            return null;
        }
    }

    private static void requireOffice(String office, List<Violation> violations) {
        if (Parameters.isBlank(office)) {
            violations.add(new Violation("office", "required"));
        }
    }

    private static void requireOneOf(String field, String value, Set<String> allowed, List<Violation> violations) {
        if (!Parameters.isBlank(value) && !allowed.contains(value.toLowerCase())) {
            violations.add(new Violation(field, "one of " + allowed.stream().sorted().toList()));
        }
    }

    private static void failOn(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
    }

    private static String blankToNull(String text) {
        return Parameters.isBlank(text) ? null : text.trim();
    }

    private static <T> Mono<T> blocking(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }
}
