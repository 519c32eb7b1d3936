package com.propcare.query.workorder;

import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Work orders as staff look them up: one by id (with ETag), or an office's list. */
@RestController
@RequestMapping("/api/work-orders")
class WorkOrderQueryController {

    private static final int MAX_SIZE = 200;
    private static final Set<String> STATUSES = Set.of("OPEN", "ASSIGNED", "COMPLETED", "CANCELLED");

    private final QueryGateway queries;

    WorkOrderQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Work orders of an office (office=), by kind, status and department, paged")
    Mono<WorkOrderPage> list(@RequestParam(required = false) String office,
                             @RequestParam(required = false) String kind,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String household,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        List<InvalidParameters.Violation> violations = new ArrayList<>();
        if (office == null || office.isBlank()) {
            violations.add(new InvalidParameters.Violation("office", "required"));
        }
        if (kind != null && Arrays.stream(WorkOrderKind.values()).noneMatch(k -> k.name().equals(kind))) {
            violations.add(new InvalidParameters.Violation("kind", "one of " + Arrays.toString(WorkOrderKind.values())));
        }
        if (status != null && !STATUSES.contains(status)) {
            violations.add(new InvalidParameters.Violation("status", "one of " + STATUSES));
        }
        if (page < 0) {
            violations.add(new InvalidParameters.Violation("page", "at least 0"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new InvalidParameters.Violation("size", "between 1 and " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidParameters(violations));
        }
        FindWorkOrders query = new FindWorkOrders(office, kind, status, household, page, size);
        return Mono.fromFuture(() -> queries.query(query, ResponseTypes.instanceOf(WorkOrderPage.class)))
                   .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One work order as it stands, with its source and performer")
    Mono<ResponseEntity<WorkOrderView>> one(@PathVariable String id) {
        return Mono.fromFuture(() -> queries.query(new FindWorkOrder(id), ResponseTypes.instanceOf(WorkOrderView.class)))
                   .subscribeOn(Schedulers.boundedElastic())
                   .switchIfEmpty(Mono.error(() -> new ResourceNotFound("WORK_ORDER_NOT_FOUND", "No work order " + id)))
                   .map(view -> ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view));
    }
}
