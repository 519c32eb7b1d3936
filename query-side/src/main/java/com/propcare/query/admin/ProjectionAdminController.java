package com.propcare.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** Read models and their rebuilds, for administrators. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "Every read model: position, the log's head, lag, and the latest rebuild's progress")
    Mono<List<ProjectionStatus>> all() {
        return Mono.fromSupplier(rebuilds::projections).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{name}")
    @Operation(summary = "One read model: position, head, lag and the latest rebuild's progress")
    Mono<ProjectionStatus> one(@PathVariable String name) {
        return Mono.fromSupplier(() -> rebuilds.status(name)).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Replay a read model (or all) from the log; dashboards rebuild beside the live copy, which "
            + "keeps serving until the rebuilt one has caught up. Progress: GET /api/admin/projections/{name}")
    Mono<List<ProjectionStatus>> rebuild(@PathVariable String name) {
        return Mono.fromSupplier(() -> rebuilds.rebuild(name)).subscribeOn(Schedulers.boundedElastic());
    }
}
