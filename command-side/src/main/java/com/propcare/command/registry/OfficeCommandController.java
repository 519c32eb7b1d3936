package com.propcare.command.registry;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.Transition;
import com.propcare.command.support.CommandResponse;
import com.propcare.command.support.InvalidField;
import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.BuildingUnit;
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
import java.time.DateTimeException;
import java.time.ZoneId;

/** Offices and their structure over HTTP: register an office, add departments, buildings and units. */
@RestController
@RequestMapping("/api/offices")
@Tag(name = "Office commands", description = "Register management offices and their departments, buildings and units")
class OfficeCommandController {

    /** Where an office is unless it says otherwise: the product's offices are in mainland China. */
    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    private final CommandExecutor commands;
    private final Clock clock;

    OfficeCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping
    @Operation(summary = "Register an office under the id you choose; timeZone defaults to Asia/Shanghai")
    Mono<ResponseEntity<Object>> register(@Valid @RequestBody RegistryRequests.RegisterOffice body,
                                          ServerHttpRequest request) {
        ZoneId zone;
        try {
            zone = body.timeZone() == null || body.timeZone().isBlank() ? DEFAULT_TIME_ZONE
                                                                        : ZoneId.of(body.timeZone().trim());
        } catch (DateTimeException e) {
            return Mono.error(new InvalidField("timeZone", "ZoneId", "must be a time zone such as Asia/Shanghai"));
        }
        OfficeId office = new OfficeId(body.officeId());
        return commands.execute(request, body, actor -> new RegisterOffice(
                office, body.company(), body.name(), body.region(), zone, clock.instant(), actor),
                outcome -> CommandResponse.created(location(office),
                                                   new RegistryRequests.Accepted(office.value(), outcome.version())));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{officeId}/departments")
    @Operation(summary = "Add a department or team to the office")
    Mono<ResponseEntity<Object>> addDepartment(@PathVariable String officeId,
                                               @Valid @RequestBody RegistryRequests.AddDepartment body,
                                               ServerHttpRequest request) {
        return change(officeId, body, request, (office, version, actor) -> new AddDepartment(
                office, version, new DepartmentId(body.departmentId()), body.name(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{officeId}/buildings")
    @Operation(summary = "Add a building of the community to the office")
    Mono<ResponseEntity<Object>> addBuilding(@PathVariable String officeId,
                                             @Valid @RequestBody RegistryRequests.AddBuilding body,
                                             ServerHttpRequest request) {
        return change(officeId, body, request, (office, version, actor) -> new AddBuilding(
                office, version, new BuildingId(body.buildingId()), body.name(), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/{officeId}/buildings/{buildingId}/units")
    @Operation(summary = "List units (number, floor) of a building; all are added or, if one is listed already, none")
    Mono<ResponseEntity<Object>> addUnits(@PathVariable String officeId, @PathVariable String buildingId,
                                          @Valid @RequestBody RegistryRequests.AddUnits body,
                                          ServerHttpRequest request) {
        return change(officeId, body, request, (office, version, actor) -> new AddUnits(
                office, version, new BuildingId(buildingId),
                body.units().stream().map(unit -> new BuildingUnit(unit.number().trim(), unit.floor())).toList(),
                clock.instant(), actor));
    }

    private Mono<ResponseEntity<Object>> change(String officeId, Object body, ServerHttpRequest request,
                                         Transition<OfficeId> command) {
        OfficeId target = new OfficeId(officeId);
        return commands.transition(request, body, location(target),
                                   (version, actor) -> command.command(target, version, actor),
                                   outcome -> new RegistryRequests.Accepted(target.value(), outcome.version()));
    }

    private static URI location(OfficeId office) {
        return URI.create("/api/offices/" + office.value());
    }
}
