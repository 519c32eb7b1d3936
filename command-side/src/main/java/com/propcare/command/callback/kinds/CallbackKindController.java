package com.propcare.command.callback.kinds;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.CommandResponse;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.MatterId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/** Office-defined callback kinds and the matters that trigger them, over HTTP. */
@RestController
@Tag(name = "Callback kinds and matters", description = "Follow-ups an office defines itself, and recorded matters")
class CallbackKindController {

    private final CommandExecutor commands;
    private final Clock clock;

    CallbackKindController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/offices/{officeId}/callback-kinds")
    @Operation(summary = "Define a callback kind of the office, triggered by recorded matters of one type")
    Mono<ResponseEntity<Object>> define(@PathVariable String officeId,
                                        @Valid @RequestBody CallbackKindRequests.Kind body,
                                        ServerHttpRequest request) {
        OfficeId office = new OfficeId(officeId);
        KindCode code = new KindCode(body.code() == null || body.code().isBlank() ? "-" : body.code());
        String id = OfficeCallbackKind.idOf(office, code);
        return commands.execute(request, body,
                                actor -> new DefineCallbackKind(id, office, code, body.definition(actor),
                                                                clock.instant()),
                                outcome -> CommandResponse.created(kindLocation(office, code),
                                                                   new CallbackKindRequests.Accepted(id,
                                                                                                     outcome.version())));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PutMapping("/api/offices/{officeId}/callback-kinds/{code}")
    @Operation(summary = "Redefine a kind; matters recorded from now on use the new revision")
    Mono<ResponseEntity<Object>> redefine(@PathVariable String officeId, @PathVariable String code,
                                          @Valid @RequestBody CallbackKindRequests.Kind body,
                                          ServerHttpRequest request) {
        OfficeId office = new OfficeId(officeId);
        KindCode kind = new KindCode(code);
        String id = OfficeCallbackKind.idOf(office, kind);
        return commands.transition(request, body, kindLocation(office, kind),
                                   (version, actor) -> new RedefineCallbackKind(id, version, office, kind,
                                                                                body.definition(actor),
                                                                                clock.instant()),
                                   outcome -> new CallbackKindRequests.Accepted(id, outcome.version()));
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/matters")
    @Operation(summary = "Record a matter; the callbacks its type calls for are scheduled from it")
    Mono<ResponseEntity<Object>> record(@Valid @RequestBody CallbackKindRequests.Matter body,
                                        ServerHttpRequest request) {
        return commands.create(request, body, MatterId::new, id -> URI.create("/api/matters/" + id.value()),
                               (id, actor) -> new RecordMatter(
                id, new OfficeId(body.officeId()), body.matterType(),
                body.householdIds() == null ? List.of() : body.householdIds().stream().map(HouseholdId::new).toList(),
                body.staffMember() == null ? null : new StaffId(body.staffMember()), body.description(),
                body.handledBy() == null ? null : new StaffId(body.handledBy()),
                body.handlingDepartment() == null ? null : new DepartmentId(body.handlingDepartment()),
                body.occurredAt(), clock.instant(), actor),
                (id, outcome) -> CommandResponse.created(URI.create("/api/matters/" + id.value()),
                                                   new CallbackKindRequests.Accepted(id.value(), outcome.version())));
    }

    private static URI kindLocation(OfficeId office, KindCode code) {
        return URI.create("/api/offices/" + office.value() + "/callback-kinds/" + code.value());
    }
}
