package com.propcare.command.complaint;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.Transition;
import com.propcare.command.support.CommandOutcome;
import com.propcare.command.support.CommandResponse;
import com.propcare.command.support.InvalidField;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.Responsibility;
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
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/**
 * The complaint lifecycle over HTTP. Each endpoint validates its body, stamps the time from the clock, and sends
 * one command; the answer carries the new version in {@code ETag} and points at the complaint's read model.
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaint commands", description = "Register a complaint and move it through its lifecycle")
class ComplaintCommandController {

    /** Tolerated clock difference between the client that stamped {@code receivedAt} and this server. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CommandExecutor commands;
    private final Clock clock;

    ComplaintCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping
    @Operation(summary = "Register a complaint received through any channel; answers with its id and number")
    Mono<ResponseEntity<Object>> register(@Valid @RequestBody ComplaintRequests.Register body,
                                          ServerHttpRequest request) {
        if (body.receivedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return Mono.error(new InvalidField("receivedAt", "PastOrPresent", "must not be in the future"));
        }
        HouseholdId household = new HouseholdId(body.householdId());
        return commands.create(request, body, ComplaintId::new, ComplaintCommandController::location,
                               (id, actor) -> new RegisterComplaint(
                id, new OfficeId(body.officeId()), ComplaintChannel.valueOf(body.channel()), household,
                ComplaintCategory.valueOf(body.category()), body.summary(), body.receivedAt(),
                body.receivedBy() == null ? actor : new StaffId(body.receivedBy()), body.originalDocumentRef(),
                body.complainantName(), body.complainantPhone()),
                               (id, outcome) -> {
            String number = outcome.event(ComplaintRegistered.class).map(e -> e.number().value()).orElse(null);
            return CommandResponse.created(location(id),
                                           new ComplaintRequests.Registered(id.value(), number, outcome.version()));
        });
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/verify")
    @Operation(summary = "Record the same-day verification and the proposed handling")
    Mono<ResponseEntity<Object>> verify(@PathVariable String id, @Valid @RequestBody ComplaintRequests.Verify body,
                                        ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new VerifyComplaint(
                complaint, version, body.findings(), body.proposedHandling(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/classify")
    @Operation(summary = "Classify as general or major, with whose responsibility it is")
    Mono<ResponseEntity<Object>> classify(@PathVariable String id, @Valid @RequestBody ComplaintRequests.Classify body,
                                          ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new ClassifyComplaint(
                complaint, version, ComplaintSeverity.valueOf(body.severity()),
                Responsibility.valueOf(body.responsibility()), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/declare-invalid")
    @Operation(summary = "Close an invalid or malicious complaint with the explanation given to the complainant")
    Mono<ResponseEntity<Object>> declareInvalid(@PathVariable String id,
                                                @Valid @RequestBody ComplaintRequests.DeclareInvalid body,
                                                ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new DeclareComplaintInvalid(
                complaint, version, body.explanation(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/decide-handling")
    @Operation(summary = "The director decides the handling method and the responsible department")
    Mono<ResponseEntity<Object>> decideHandling(@PathVariable String id,
                                                @Valid @RequestBody ComplaintRequests.DecideHandling body,
                                                ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new DecideHandling(
                complaint, version, new DepartmentId(body.department()), body.handlingMethod(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/dispatch")
    @Operation(summary = "Send the handling notice to the department with a due time (policy default if omitted)")
    Mono<ResponseEntity<Object>> dispatch(@PathVariable String id, @Valid @RequestBody ComplaintRequests.Dispatch body,
                                          ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new DispatchComplaint(
                complaint, version, new DepartmentId(body.department()), body.due(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/acknowledge-dispatch")
    @Operation(summary = "The department records receipt of the handling notice")
    Mono<ResponseEntity<Object>> acknowledge(@PathVariable String id,
                                             @Valid @RequestBody ComplaintRequests.Acknowledge body,
                                             ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new AcknowledgeDispatch(
                complaint, version, clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/first-reply")
    @Operation(summary = "Record the first reply to the complainant (due within 1 working day by default)")
    Mono<ResponseEntity<Object>> firstReply(@PathVariable String id,
                                            @Valid @RequestBody ComplaintRequests.FirstReply body,
                                            ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new GiveFirstReply(
                complaint, version, body.content(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/remedial-actions")
    @Operation(summary = "Record a remedial measure answered to the complainant")
    Mono<ResponseEntity<Object>> remedialAction(@PathVariable String id,
                                                @Valid @RequestBody ComplaintRequests.RemedialAction body,
                                                ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new RecordRemedialAction(
                complaint, version, body.description(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/corrective-actions")
    @Operation(summary = "Plan a corrective action with its own deadline; answers with the action id")
    Mono<ResponseEntity<Object>> correctiveAction(@PathVariable String id,
                                                  @Valid @RequestBody ComplaintRequests.CorrectiveAction body,
                                                  ServerHttpRequest request) {
        String actionId = UUID.randomUUID().toString();
        return transition(id, body, request, (complaint, version, actor) -> new PlanCorrectiveAction(
                complaint, version, actionId, body.description(), body.due(), clock.instant(),
                actor), outcome -> new CorrectiveActionPlanned(id, actionId, outcome.version()));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/corrective-actions/{actionId}/complete")
    @Operation(summary = "Record that a planned corrective action was carried out")
    Mono<ResponseEntity<Object>> completeCorrectiveAction(@PathVariable String id, @PathVariable String actionId,
                                                          @Valid @RequestBody ComplaintRequests.CompleteCorrectiveAction body,
                                                          ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new CompleteCorrectiveAction(
                complaint, version, actionId, body.outcome(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/escalate")
    @Operation(summary = "Escalate to the director, the company or a task force")
    Mono<ResponseEntity<Object>> escalate(@PathVariable String id, @Valid @RequestBody ComplaintRequests.Escalate body,
                                          ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new EscalateComplaint(
                complaint, version, EscalationLevel.valueOf(body.level()), body.reason(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/report-result")
    @Operation(summary = "The handler reports the result of handling")
    Mono<ResponseEntity<Object>> reportResult(@PathVariable String id,
                                              @Valid @RequestBody ComplaintRequests.ReportResult body,
                                              ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new ReportHandlingResult(
                complaint, version, body.result(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/confirm")
    @Operation(summary = "A director's recorded decision on the complainant's verdict, where no callback settles it: "
            + "satisfied closes, not satisfied reopens (normally the complaint callback's result does this)")
    Mono<ResponseEntity<Object>> confirm(@PathVariable String id, @Valid @RequestBody ComplaintRequests.Confirm body,
                                         ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new ConfirmWithComplainant(
                complaint, version, body.satisfied(), body.comment(), null, body.directorDecision(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/request-review")
    @Operation(summary = "The complainant asks for a review (复核) of the result")
    Mono<ResponseEntity<Object>> requestReview(@PathVariable String id,
                                               @Valid @RequestBody ComplaintRequests.RequestReview body,
                                               ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new RequestReview(
                complaint, version, body.reason(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{id}/flag-repeat")
    @Operation(summary = "Link the complaint to an earlier one it repeats (24-hour special measures)")
    Mono<ResponseEntity<Object>> flagRepeat(@PathVariable String id,
                                            @Valid @RequestBody ComplaintRequests.FlagRepeat body,
                                            ServerHttpRequest request) {
        return transition(id, body, request, (complaint, version, actor) -> new FlagAsRepeat(
                complaint, version, new ComplaintId(body.previousComplaintId()), clock.instant(),
                actor));
    }

    private Mono<ResponseEntity<Object>> transition(String id, Object body, ServerHttpRequest request,
                                                    Transition<ComplaintId> command) {
        return transition(id, body, request, command,
                          outcome -> new ComplaintRequests.Accepted(id, outcome.version()));
    }

    private Mono<ResponseEntity<Object>> transition(String id, Object body, ServerHttpRequest request,
                                                    Transition<ComplaintId> command,
                                                    Function<CommandOutcome, Object> answer) {
        ComplaintId complaint = new ComplaintId(id);
        return commands.transition(request, body, location(complaint),
                                   (version, actor) -> command.command(complaint, version, actor),
                                   answer);
    }

    private static URI location(ComplaintId id) {
        return URI.create("/api/complaints/" + id.value());
    }

    /** The answer to planning a corrective action: its id, needed to complete it later. */
    record CorrectiveActionPlanned(String id, String actionId, long version) {
    }
}
