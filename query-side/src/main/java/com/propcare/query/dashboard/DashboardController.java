package com.propcare.query.dashboard;

import com.propcare.query.dashboard.DashboardQueries.FindCompanyDashboard;
import com.propcare.query.dashboard.DashboardQueries.FindMonthlyBulletin;
import com.propcare.query.dashboard.DashboardQueries.FindOfficeRates;
import com.propcare.query.dashboard.DashboardQueries.FindPendingWork;
import com.propcare.query.dashboard.DashboardQueries.FindRateItems;
import com.propcare.query.dashboard.DashboardQueries.FindRecurringProblems;
import com.propcare.query.registry.OfficeZones;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.LiveQueries;
import com.propcare.query.support.Parameters;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboards: what an office owes today, its rates for a month, and the company's view of every office. Each
 * is also a live feed ({@link LiveQueries}): {@code …/stream} sends the figures now and again after every change that
 * concerns them. The monthly bulletin and the half-year analysis are read on demand.
 */
@RestController
class DashboardController {

    private static final String OFFICE_NOT_FOUND = "OFFICE_NOT_FOUND";
    private static final int DEFAULT_WITHIN_DAYS = 3;
    private static final int MAX_WITHIN_DAYS = 31;
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})-H([12])");
    private static final int HALF_YEAR_MONTHS = 6;

    private final QueryGateway queries;
    private final Clock clock;

    DashboardController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/offices/{officeId}/dashboard/pending")
    @Operation(summary = "Open obligations: due today, overdue, by kind, type and performer; promised replies coming "
            + "due within withinDays (default 3)")
    Mono<PendingWork> pending(@PathVariable String officeId, @RequestParam(required = false) String withinDays,
                              @RequestParam(required = false) String limit) {
        return once(() -> pendingQuery(officeId, withinDays, limit), PendingWork.class, officeId);
    }

    @GetMapping(path = "/api/offices/{officeId}/dashboard/pending/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "What the office owes, live (SSE)")
    Flux<ServerSentEvent<PendingWork>> pendingStream(@PathVariable String officeId,
                                                     @RequestParam(required = false) String withinDays,
                                                     @RequestParam(required = false) String limit) {
        return live(() -> pendingQuery(officeId, withinDays, limit), PendingWork.class, "pending", officeId);
    }

    @GetMapping("/api/offices/{officeId}/dashboard/rates")
    @Operation(summary = "A month's rates (default: this month) with numerators, denominators and targets: callbacks "
            + "per kind, handling, on-time replies and remedies, complaint rate, repeats, visit quota and coverage")
    Mono<OfficeRates> rates(@PathVariable String officeId, @RequestParam(required = false) String month) {
        return once(() -> new FindOfficeRates(officeId, month(month)), OfficeRates.class, officeId);
    }

    @GetMapping("/api/offices/{officeId}/dashboard/rates/{rate}/items")
    @Operation(summary = "The items behind one of a month's rates (callbackRate, callbacksOnTime, handlingRate, "
            + "firstReplyOnTime, remedyOnTime, complaintRate, repeatComplaints, monthlyVisitQuota, "
            + "annualVisitCoverage), each marked whether it counts in the numerator; kind= narrows a callback rate")
    Mono<RateItems> rateItems(@PathVariable String officeId, @PathVariable String rate,
                              @RequestParam(required = false) String month,
                              @RequestParam(required = false) String kind) {
        FindRateItems query = RateDrillDown.query(officeId, month(month), rate,
                                                  Parameters.isBlank(kind) ? null : kind.trim());
        return once(() -> query, RateItems.class, officeId);
    }

    @GetMapping(path = "/api/offices/{officeId}/dashboard/rates/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The month's rates, live (SSE)")
    Flux<ServerSentEvent<OfficeRates>> ratesStream(@PathVariable String officeId,
                                                   @RequestParam(required = false) String month) {
        return live(() -> new FindOfficeRates(officeId, month(month)), OfficeRates.class, "rates", officeId);
    }

    @GetMapping("/api/dashboard")
    @Operation(summary = "Every office's rates for a month and what it owes, with the company's totals")
    Mono<CompanyDashboard> company(@RequestParam(required = false) String month) {
        return once(() -> new FindCompanyDashboard(month(month)), CompanyDashboard.class, null);
    }

    @GetMapping(path = "/api/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Every office's rates and what it owes, live (SSE)")
    Flux<ServerSentEvent<CompanyDashboard>> companyStream(@RequestParam(required = false) String month) {
        return live(() -> new FindCompanyDashboard(month(month)), CompanyDashboard.class, "company", null);
    }

    @GetMapping("/api/offices/{officeId}/bulletins/{month}")
    @Operation(summary = "The month's complaint statistics for publishing: no names, rooms or households; complete "
            + "once the month is over, due by the policy's day of the next month")
    Mono<MonthlyBulletin> bulletin(@PathVariable String officeId, @PathVariable String month) {
        return once(() -> new FindMonthlyBulletin(officeId, requiredMonth(month)), MonthlyBulletin.class, officeId);
    }

    @GetMapping("/api/offices/{officeId}/recurring-problems")
    @Operation(summary = "Half-year analysis of recurring problems per complaint category; half=2026-H1 or 2026-H2 "
            + "(default: the current half year)")
    Mono<RecurringProblems> recurring(@PathVariable String officeId, @RequestParam(required = false) String half) {
        return once(() -> new FindRecurringProblems(officeId, halfYear(half)), RecurringProblems.class, officeId);
    }

    /** {@code 2026-H2} → July 2026; blank → the current half year in the default zone. */
    private YearMonth halfYear(String half) {
        if (Parameters.isBlank(half)) {
            YearMonth now = YearMonth.now(clock.withZone(OfficeZones.DEFAULT_ZONE));
            return YearMonth.of(now.getYear(), now.getMonthValue() <= HALF_YEAR_MONTHS ? 1 : HALF_YEAR_MONTHS + 1);
        }
        Matcher matcher = HALF_YEAR.matcher(half.trim());
        if (!matcher.matches()) {
            throw new InvalidParameters(List.of(new Violation("half", "year and half, e.g. 2026-H1 or 2026-H2")));
        }
        return YearMonth.of(Integer.parseInt(matcher.group(1)), "1".equals(matcher.group(2)) ? 1 : HALF_YEAR_MONTHS + 1);
    }

    private static FindPendingWork pendingQuery(String officeId, String withinDays, String limit) {
        List<Violation> violations = new ArrayList<>();
        int days = Parameters.integer("withinDays", withinDays, DEFAULT_WITHIN_DAYS, 0, MAX_WITHIN_DAYS, violations);
        int size = Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        return new FindPendingWork(officeId, days, size);
    }

    private static YearMonth month(String month) {
        List<Violation> violations = new ArrayList<>();
        YearMonth parsed = Parameters.month("month", month, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        return parsed;
    }

    private static YearMonth requiredMonth(String month) {
        YearMonth parsed = month(month);
        if (parsed == null) {
            throw new InvalidParameters(List.of(new Violation("month", "year and month, e.g. 2026-11")));
        }
        return parsed;
    }

    private <Q, R> Mono<R> once(Supplier<Q> query, Class<R> type, String officeId) {
        return LiveQueries.once(queries, query, type, () -> notFound(officeId));
    }

    private <Q, R> Flux<ServerSentEvent<R>> live(Supplier<Q> query, Class<R> type, String eventName,
                                                 String officeId) {
        return LiveQueries.live(queries, query, type, eventName, () -> notFound(officeId));
    }

    private static ResourceNotFound notFound(String officeId) {
        return new ResourceNotFound(OFFICE_NOT_FOUND, "No office " + officeId);
    }
}
