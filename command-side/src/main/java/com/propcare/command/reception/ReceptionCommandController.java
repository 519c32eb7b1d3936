package com.propcare.command.reception;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.CommandResponse;
import com.propcare.command.visit.VisitRequests;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.reception.MeetingId;
import com.propcare.events.reception.ReceptionId;
import com.propcare.events.reception.ReceptionOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/** The reception log (来访登记) and building-leader meetings (楼长座谈会) over HTTP. */
@RestController
@Tag(name = "Reception commands", description = "Record walk-ins and building-leader meetings with their opinions")
class ReceptionCommandController {

    private final CommandExecutor commands;
    private final Clock clock;

    ReceptionCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/receptions")
    @Operation(summary = "Enter a walk-in on the reception log; the visitor's name is stored sealed")
    Mono<ResponseEntity<Object>> receive(@Valid @RequestBody ReceptionRequests.Reception body,
                                         ServerHttpRequest request) {
        return commands.create(request, body, ReceptionId::new, ReceptionCommandController::reception,
                               (id, actor) -> new RecordReception(
                id, new OfficeId(body.officeId()), household(body.householdId()), body.visitorName(), body.purpose(),
                body.receivedAt(), body.receivedBy() == null ? actor : new StaffId(body.receivedBy()),
                ReceptionOutcome.valueOf(body.outcome()),
                body.referredTo(), body.notes(), VisitRequests.Opinion.inputs(body.opinions()), clock.instant()),
                (id, outcome) -> CommandResponse.created(reception(id),
                                                   new ReceptionRequests.Recorded(id.value(), outcome.version())));
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/building-leader-meetings")
    @Operation(summary = "Record a building-leader meeting that was held, with attendees and opinions")
    Mono<ResponseEntity<Object>> meeting(@Valid @RequestBody ReceptionRequests.Meeting body,
                                         ServerHttpRequest request) {
        List<HouseholdId> attendees = body.attendees() == null ? List.of()
                                                               : body.attendees().stream().map(HouseholdId::new).toList();
        return commands.create(request, body, MeetingId::new, ReceptionCommandController::meeting,
                               (id, actor) -> new RecordBuildingLeaderMeeting(
                id, new OfficeId(body.officeId()), body.heldOn(), new StaffId(body.chairedBy()), attendees,
                body.attendeeCount(), body.minutes(), VisitRequests.Opinion.inputs(body.opinions()), clock.instant(),
                actor),
                (id, outcome) -> CommandResponse.created(meeting(id),
                                                   new ReceptionRequests.Recorded(id.value(), outcome.version())));
    }

    private static HouseholdId household(String id) {
        return id == null || id.isBlank() ? null : new HouseholdId(id);
    }

    private static URI reception(ReceptionId id) {
        return URI.create("/api/receptions/" + id.value());
    }

    private static URI meeting(MeetingId id) {
        return URI.create("/api/building-leader-meetings/" + id.value());
    }
}
