package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplaintId;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;

/** Read-only complaint resources: a filtered list, one complaint with its ETag, and a live feed of one complaint. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintQueryController {

    private static final String NOT_FOUND = "COMPLAINT_NOT_FOUND";
    private static final Duration KEEP_ALIVE_EVERY = Duration.ofSeconds(20);

    private final QueryGateway queries;
    private final Clock clock;

    ComplaintQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Dates in the parameters are days in the service's time zone, the zone of its clock. */
    @GetMapping
    @Operation(summary = "Complaints of an office (office=), by status, category, channel and period, paged")
    Mono<ComplaintPage> list(@ParameterObject ComplaintListRequest request, @Parameter(hidden = true) Principal reader) {
        FindComplaints query = request.toQuery(clock.getZone());
        return Mono.fromFuture(() -> queries.query(query, ResponseTypes.instanceOf(ComplaintPage.class)))
                   .subscribeOn(Schedulers.boundedElastic())
                   .map(page -> page.withItems(view -> ComplaintSteps.forReader(view, reader)));
    }

    /** Spring answers a matching {@code If-None-Match} with 304 from the ETag set here. */
    @GetMapping("/{id}")
    @Operation(summary = "One complaint as it stands: status, due times and whether they were met, and the steps the"
            + " signed-in user may take now (allowedActions)")
    Mono<ResponseEntity<ComplaintView>> one(@PathVariable String id, @Parameter(hidden = true) Principal reader) {
        FindComplaint query = new FindComplaint(new ComplaintId(id));
        return Mono.fromFuture(() -> queries.query(query, ResponseTypes.instanceOf(ComplaintView.class)))
                .subscribeOn(Schedulers.boundedElastic())
                .switchIfEmpty(Mono.error(() -> notFound(query.complaintId())))
                .map(view -> ResponseEntity.ok().eTag(entityTag(view)).body(ComplaintSteps.forReader(view, reader)));
    }

    @GetMapping("/{id}/related")
    @Operation(summary = "The complaint's callbacks and work orders, each with its status now")
    Mono<ComplaintRelations> related(@PathVariable String id) {
        ComplaintId complaint = new ComplaintId(id);
        return Mono.fromFuture(() -> queries.query(new FindComplaint(complaint),
                                                   ResponseTypes.instanceOf(ComplaintView.class)))
                   .subscribeOn(Schedulers.boundedElastic())
                   .switchIfEmpty(Mono.error(() -> notFound(complaint)))
                   .flatMap(view -> Mono.fromFuture(() -> queries.query(
                           new FindComplaintRelations(complaint), ResponseTypes.instanceOf(ComplaintRelations.class))));
    }

    /**
     * The complaint now, then again after every change, as server-sent events whose id is the view's version.
     * The subscription query is cancelled when the client goes away. A comment line now and then keeps proxies
     * from closing a quiet connection and lets the server notice a client that vanished.
     */
    @GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "One complaint, live (SSE): now and after every change")
    Flux<ServerSentEvent<ComplaintView>> stream(@PathVariable String id, @Parameter(hidden = true) Principal reader) {
        FindComplaint query = new FindComplaint(new ComplaintId(id));
        Flux<ServerSentEvent<ComplaintView>> views = Flux.using(
                        () -> queries.subscriptionQuery(query, ResponseTypes.instanceOf(ComplaintView.class),
                                ResponseTypes.instanceOf(ComplaintView.class)),
                        subscription -> subscription.initialResult()
                                .switchIfEmpty(Mono.error(() -> notFound(query.complaintId())))
                                .concatWith(subscription.updates()),
                        SubscriptionQueryResult::cancel)
                .subscribeOn(Schedulers.boundedElastic())
                .map(view -> ServerSentEvent.builder(ComplaintSteps.forReader(view, reader))
                        .id(String.valueOf(view.version()))
                        .event("complaint")
                        .build());
        Flux<ServerSentEvent<ComplaintView>> keepAlive = Flux.interval(KEEP_ALIVE_EVERY)
                .map(tick -> ServerSentEvent.<ComplaintView>builder().comment("keep-alive").build());
        return Flux.merge(views, keepAlive);
    }

    /**
     * The version identifies the stored view; the overdue flags change with time alone, but for one version they
     * can only be added, so their count completes a strong validator of what is sent.
     */
    private static String entityTag(ComplaintView view) {
        int overdue = view.overdue() == null ? 0 : view.overdue().count();
        return "\"" + view.version() + (overdue == 0 ? "" : "-overdue-" + overdue) + "\"";
    }

    private static ResourceNotFound notFound(ComplaintId id) {
        return new ResourceNotFound(NOT_FOUND, "No complaint " + id);
    }
}
