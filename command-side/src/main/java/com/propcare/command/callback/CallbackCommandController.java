package com.propcare.command.callback;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.Transition;
import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.workorder.WorkOrderKind;
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
import java.util.List;

/**
 * Callback obligations over HTTP: record the callback, keep the commitments it created, audit it, or cancel it.
 * Obligations themselves are scheduled by their triggers, not over HTTP.
 */
@RestController
@RequestMapping("/api/callbacks")
@Tag(name = "Callback commands", description = "Performing and auditing callbacks (回访) and their follow-ups")
class CallbackCommandController {

    private final CommandExecutor commands;
    private final Clock clock;

    CallbackCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/record")
    @Operation(summary = "Record the callback as performed: method, performer, content, problems found, result, "
            + "signature, promised replies and rectification")
    Mono<ResponseEntity<Object>> record(@PathVariable String id, @Valid @RequestBody CallbackRequests.Record body,
                                        ServerHttpRequest request) {
        return transition(id, body, request, (callback, version, actor) -> {
            Instant now = clock.instant();
            return new RecordCallback(
                    callback, version, body.method() == null ? null : CallbackMethod.valueOf(body.method()),
                    body.performedAt() == null ? now : body.performedAt(),
                    body.performedBy() == null ? actor : new StaffId(body.performedBy()),
                    body.content(), body.problemsFound(),
                    body.result() == null ? null : CallbackResult.valueOf(body.result()),
                    body.signature() == null ? null : Signature.valueOf(body.signature()), body.recordingRef(),
                    promisedReplies(body.promisedReplies()), rectification(body.rectification()),
                    body.nextCallbackDue(), now, actor, newComplaint(body.newComplaint()),
                    newWorkOrder(body.newWorkOrder()));
        });
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/follow-ups/{itemId}/completion")
    @Operation(summary = "Record that a promised reply, problem notice or rectification was done")
    Mono<ResponseEntity<Object>> completeFollowUp(@PathVariable String id, @PathVariable String itemId,
                                                  @Valid @RequestBody CallbackRequests.CompleteFollowUp body,
                                                  ServerHttpRequest request) {
        return transition(id, body, request, (callback, version, actor) -> new CompleteFollowUp(
                callback, version, itemId, body.outcome(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/spot-checks")
    @Operation(summary = "A quality checker's audit of a performed callback: planned? on time? recorded truthfully?")
    Mono<ResponseEntity<Object>> spotCheck(@PathVariable String id, @Valid @RequestBody CallbackRequests.SpotCheck body,
                                           ServerHttpRequest request) {
        return transition(id, body, request, (callback, version, actor) -> new SpotCheckCallback(
                callback, version, body.checkId(), body.planned(), body.onTime(), body.recordedTruthfully(),
                body.findings(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel an obligation that no longer applies, before it is performed")
    Mono<ResponseEntity<Object>> cancel(@PathVariable String id, @Valid @RequestBody CallbackRequests.Cancel body,
                                        ServerHttpRequest request) {
        return transition(id, body, request, (callback, version, actor) -> new CancelCallback(
                callback, version, body.reason(), clock.instant(), actor));
    }

    private Mono<ResponseEntity<Object>> transition(String id, Object body, ServerHttpRequest request,
                                                    Transition<CallbackId> command) {
        CallbackId target = new CallbackId(id);
        return commands.transition(request, body, location(target),
                                   (version, actor) -> command.command(target, version, actor),
                                   outcome -> new CallbackRequests.Accepted(target.value(), outcome.version()));
    }

    private static List<RecordCallback.PromisedReply> promisedReplies(List<CallbackRequests.PromisedReply> replies) {
        return replies == null ? List.of()
                               : replies.stream()
                                        .map(reply -> new RecordCallback.PromisedReply(reply.question(),
                                                                                       reply.replyBy()))
                                        .toList();
    }

    private static RecordCallback.Rectification rectification(CallbackRequests.Rectification rectification) {
        return rectification == null ? null
                                     : new RecordCallback.Rectification(new DepartmentId(rectification.department()),
                                                                        rectification.due(),
                                                                        rectification.description());
    }

    private static URI location(CallbackId id) {
        return URI.create("/api/callbacks/" + id.value());
    }

    private static RaisedComplaint newComplaint(CallbackRequests.NewComplaint complaint) {
        return complaint == null ? null
                : new RaisedComplaint(ComplaintCategory.valueOf(complaint.category()), complaint.summary());
    }

    private static RaisedWorkOrder newWorkOrder(CallbackRequests.NewWorkOrder workOrder) {
        return workOrder == null ? null
                : new RaisedWorkOrder(WorkOrderKind.valueOf(workOrder.kind()), workOrder.description());
    }
}
