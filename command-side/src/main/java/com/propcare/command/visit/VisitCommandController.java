package com.propcare.command.visit;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.CommandResponse;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.Signature;
import com.propcare.events.visit.HolidayPlanId;
import com.propcare.events.visit.HolidayVisitsPlanned;
import com.propcare.events.visit.MassMoveInId;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitKind;
import com.propcare.events.visit.VisitMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * Visits, their planning and the opinions they raise, over HTTP. Each endpoint validates its body, stamps the time
 * from the clock and sends one command; answers carry the new version in {@code ETag}.
 */
@RestController
@Tag(name = "Visit commands", description = "Schedule, appoint and record visits; plan holiday visits; answer opinions")
class VisitCommandController {

    private final CommandExecutor commands;
    private final Clock clock;

    VisitCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/visits")
    @Operation(summary = "Schedule a routine, director or after-accident visit by hand")
    Mono<ResponseEntity<Object>> schedule(@Valid @RequestBody VisitRequests.Schedule body, ServerHttpRequest request) {
        return commands.create(request, body, VisitId::new, VisitCommandController::visit,
                               (id, actor) -> new ScheduleVisit(
                id, new OfficeId(body.officeId()), VisitKind.valueOf(body.kind()), new HouseholdId(body.householdId()),
                body.due(), body.reason(), clock.instant(), actor),
                (id, outcome) -> CommandResponse.created(visit(id),
                                                         new VisitRequests.Accepted(id.value(), outcome.version())));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/visits/{id}/appointment")
    @Operation(summary = "Agree the visit's time with the household (no in-person visit at or after 22:00 by default)")
    Mono<ResponseEntity<Object>> appoint(@PathVariable String id, @Valid @RequestBody VisitRequests.Appoint body,
                                         ServerHttpRequest request) {
        VisitId visit = new VisitId(id);
        return commands.transition(request, body, visit(visit), (version, actor) -> new AppointVisit(
                visit, version, body.appointedFor(), VisitMethod.valueOf(body.method()), new StaffId(body.with()),
                clock.instant(), actor), outcome -> new VisitRequests.Accepted(id, outcome.version()));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/visits/{id}/record")
    @Operation(summary = "Record the visit; its opinions become suggestions, enquiries, praise or complaints")
    Mono<ResponseEntity<Object>> record(@PathVariable String id, @Valid @RequestBody VisitRequests.Record body,
                                        ServerHttpRequest request) {
        VisitId visit = new VisitId(id);
        return commands.transition(request, body, visit(visit), (version, actor) -> new RecordVisit(
                visit, version, VisitMethod.valueOf(body.method()), body.visitedAt(),
                body.visitedBy() == null ? actor : new StaffId(body.visitedBy()),
                body.summary(), body.opinionInputs(), body.feedbackRequired(), Signature.valueOf(body.signature()),
                clock.instant(), actor), outcome -> new VisitRequests.Accepted(id, outcome.version()));
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/offices/{officeId}/holiday-visits")
    @Operation(summary = "Plan a festival's visits to every occupied key-resident household of the office")
    Mono<ResponseEntity<Object>> planHolidays(@PathVariable String officeId,
                                              @Valid @RequestBody VisitRequests.PlanHolidays body,
                                              ServerHttpRequest request) {
        OfficeId office = new OfficeId(officeId);
        HolidayPlanId plan = PlanHolidayVisits.idOf(office, body.festival(), body.date());
        return commands.execute(request, body, actor -> new PlanHolidayVisits(
                plan, office, body.festival(), body.date(), clock.instant(), actor), outcome -> {
            List<String> households = outcome.event(HolidayVisitsPlanned.class)
                                             .map(planned -> planned.households().stream().map(HouseholdId::value)
                                                                    .toList())
                                             .orElse(List.of());
            return CommandResponse.created(URI.create("/api/visits?office=" + officeId + "&kind=HOLIDAY"),
                                           new VisitRequests.HolidaysPlanned(plan.value(), households));
        });
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/offices/{officeId}/mass-move-ins")
    @Operation(summary = "Declare a mass move-in window: its new owners are visited by the policy's sample")
    Mono<ResponseEntity<Object>> declareMassMoveIn(@PathVariable String officeId,
                                                   @Valid @RequestBody VisitRequests.MassMoveIn body,
                                                   ServerHttpRequest request) {
        return commands.create(request, body, MassMoveInId::new,
                               id -> URI.create("/api/offices/" + officeId + "/mass-move-ins/" + id.value()),
                               (id, actor) -> new DeclareMassMoveIn(
                id, new OfficeId(officeId), body.from(), body.to(), clock.instant(), actor),
                (id, outcome) -> CommandResponse.created(URI.create("/api/offices/" + officeId + "/mass-move-ins/"
                                                                      + id.value()),
                                                   new VisitRequests.Accepted(id.value(), outcome.version())));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/opinions/{id}/answer")
    @Operation(summary = "Record the answer given to the resident, and whether the director adopts the opinion")
    Mono<ResponseEntity<Object>> answer(@PathVariable String id, @Valid @RequestBody VisitRequests.Answer body,
                                        ServerHttpRequest request) {
        OpinionId opinion = new OpinionId(id);
        return commands.transition(request, body, URI.create("/api/opinions/" + id),
                                   (version, actor) -> new AnswerOpinion(opinion, version, body.answer(), body.adopted(),
                                                                         clock.instant(), actor),
                outcome -> new VisitRequests.Accepted(id, outcome.version()));
    }

    private static URI visit(VisitId id) {
        return URI.create("/api/visits/" + id.value());
    }
}
