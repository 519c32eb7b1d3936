package com.propcare.command.workorder;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.Transition;
import com.propcare.command.support.CommandResponse;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/** Work orders over HTTP: open, assign, complete, cancel. */
@RestController
@RequestMapping("/api/work-orders")
@Tag(name = "Work order commands", description = "Repairs, paid services and help services for households")
class WorkOrderCommandController {

    private final CommandExecutor commands;
    private final Clock clock;

    WorkOrderCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping
    @Operation(summary = "Open a work order; from a complaint, callback or visit name it in source and sourceId")
    Mono<ResponseEntity<Object>> open(@Valid @RequestBody WorkOrderRequests.Open body, ServerHttpRequest request) {
        return commands.create(request, body, WorkOrderId::new, WorkOrderCommandController::location,
                               (id, actor) -> new OpenWorkOrder(
                id, new OfficeId(body.officeId()), new HouseholdId(body.householdId()),
                WorkOrderKind.valueOf(body.kind()), body.description(),
                body.source() == null ? WorkOrderSource.HOUSEHOLD : WorkOrderSource.valueOf(body.source()),
                body.sourceId(),
                body.contract() == null ? null : new ContractPeriod(body.contract().start(), body.contract().end()),
                clock.instant(), actor),
                (id, outcome) -> CommandResponse.created(location(id),
                                                   new WorkOrderRequests.Accepted(id.value(), outcome.version())));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign (or reassign) to a department and optionally a member of staff")
    Mono<ResponseEntity<Object>> assign(@PathVariable String id, @Valid @RequestBody WorkOrderRequests.Assign body,
                                        ServerHttpRequest request) {
        return transition(id, body, request, (workOrder, version, actor) -> new AssignWorkOrder(
                workOrder, version, new DepartmentId(body.department()),
                body.assignee() == null ? null : new StaffId(body.assignee()), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/complete")
    @Operation(summary = "Record that the work was done and who did it (the trigger for repair callbacks)")
    Mono<ResponseEntity<Object>> complete(@PathVariable String id,
                                          @Valid @RequestBody WorkOrderRequests.Complete body,
                                          ServerHttpRequest request) {
        return transition(id, body, request, (workOrder, version, actor) -> {
            Instant now = clock.instant();
            return new CompleteWorkOrder(workOrder, version,
                                         body.performedBy() == null ? actor : new StaffId(body.performedBy()),
                                         body.notes(),
                                         body.completedAt() == null ? now : body.completedAt(), now,
                                         actor);
        });
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a work order that was not done")
    Mono<ResponseEntity<Object>> cancel(@PathVariable String id, @Valid @RequestBody WorkOrderRequests.Cancel body,
                                        ServerHttpRequest request) {
        return transition(id, body, request, (workOrder, version, actor) -> new CancelWorkOrder(
                workOrder, version, body.reason(), clock.instant(), actor));
    }

    private Mono<ResponseEntity<Object>> transition(String id, Object body, ServerHttpRequest request,
                                             Transition<WorkOrderId> command) {
        WorkOrderId target = new WorkOrderId(id);
        return commands.transition(request, body, location(target),
                                   (version, actor) -> command.command(target, version, actor),
                                   outcome -> new WorkOrderRequests.Accepted(target.value(), outcome.version()));
    }

    private static URI location(WorkOrderId id) {
        return URI.create("/api/work-orders/" + id.value());
    }
}
