package com.propcare.query.survey;

import com.propcare.query.support.LiveQueries;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.function.Supplier;

/**
 * A campaign's report as JSON and as a printable page, an office's campaigns compared across periods, and the
 * satisfaction dashboard, also live.
 */
@RestController
@Tag(name = "Survey queries", description = "Campaign reports by the regulations' formula, Pareto, trend")
class SurveyQueryController {

    private static final String NOT_FOUND = "SURVEY_NOT_FOUND";

    private final SurveyQueries queries;
    private final QueryGateway gateway;

    SurveyQueryController(SurveyQueries queries, QueryGateway gateway) {
        this.queries = queries;
        this.gateway = gateway;
    }

    @GetMapping("/api/surveys/{id}/report")
    @Operation(summary = "Return rate, overall and per-category rates with the penalty, Pareto, opinions, plan")
    Mono<SurveyReport> report(@PathVariable String id) {
        return blocking(() -> queries.report(id).orElseThrow(() -> new ResourceNotFound(NOT_FOUND, "No campaign " + id)));
    }

    @GetMapping(value = "/api/surveys/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The report as a printable page for the owners' committee")
    Mono<String> printable(@PathVariable String id) {
        return report(id).map(SurveyReportHtml::render);
    }

    @GetMapping("/api/offices/{officeId}/survey-trend")
    @Operation(summary = "The office's campaigns in period order with their figures")
    Mono<List<SurveyReport>> trend(@PathVariable String officeId) {
        return blocking(() -> queries.trend(officeId));
    }

    @GetMapping("/api/offices/{officeId}/dashboard/satisfaction")
    @Operation(summary = "Satisfaction dashboard: every campaign's overall and per-category rates, Pareto and main "
            + "items, and the trend of the final rate")
    Mono<SatisfactionOverview> satisfaction(@PathVariable String officeId) {
        return LiveQueries.once(gateway, () -> new FindSatisfaction(officeId), SatisfactionOverview.class,
                                () -> new IllegalStateException("a satisfaction overview is always answered"));
    }

    @GetMapping(path = "/api/offices/{officeId}/dashboard/satisfaction/stream",
                produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The satisfaction dashboard, live (SSE)")
    Flux<ServerSentEvent<SatisfactionOverview>> satisfactionStream(@PathVariable String officeId) {
        return LiveQueries.live(gateway, () -> new FindSatisfaction(officeId), SatisfactionOverview.class, "satisfaction",
                                () -> new IllegalStateException("a satisfaction overview is always answered"));
    }

    /** The reads use the blocking driver, so they run off the event loop. */
    private static <T> Mono<T> blocking(Supplier<T> read) {
        return Mono.fromSupplier(read).subscribeOn(Schedulers.boundedElastic());
    }
}
