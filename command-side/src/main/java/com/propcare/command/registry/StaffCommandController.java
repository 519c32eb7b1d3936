package com.propcare.command.registry;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.Transition;
import com.propcare.command.support.CommandResponse;
import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.StaffRole;
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

/** Staff over HTTP: hire into a department with roles, change roles or department, record leaving. */
@RestController
@Tag(name = "Staff commands", description = "Hire staff into departments, change their roles, record leaving")
class StaffCommandController {

    private final CommandExecutor commands;
    private final Clock clock;

    StaffCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/offices/{officeId}/staff")
    @Operation(summary = "Hire a member of staff, under the staff number you choose, into a department of the office")
    Mono<ResponseEntity<Object>> hire(@PathVariable String officeId,
                                      @Valid @RequestBody RegistryRequests.HireStaff body, ServerHttpRequest request) {
        StaffId staff = new StaffId(body.staffId());
        return commands.execute(request, body, actor -> new HireStaff(
                staff, new OfficeId(officeId), body.name().trim(), new DepartmentId(body.department()),
                RegistryRequests.enums(body.roles(), StaffRole.class), clock.instant(), actor),
                outcome -> CommandResponse.created(location(staff),
                                                   new RegistryRequests.Accepted(staff.value(), outcome.version())));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/staff/{id}/roles")
    @Operation(summary = "Give the member of staff a new set of roles")
    Mono<ResponseEntity<Object>> roles(@PathVariable String id, @Valid @RequestBody RegistryRequests.StaffRoles body,
                                       ServerHttpRequest request) {
        return change(id, body, request, (staff, version, actor) -> new ChangeStaffRoles(
                staff, version, RegistryRequests.enums(body.roles(), StaffRole.class), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/staff/{id}/department")
    @Operation(summary = "Move the member of staff to another department of the office")
    Mono<ResponseEntity<Object>> department(@PathVariable String id,
                                            @Valid @RequestBody RegistryRequests.StaffDepartment body,
                                            ServerHttpRequest request) {
        return change(id, body, request, (staff, version, actor) -> new ChangeStaffDepartment(
                staff, version, new DepartmentId(body.department()), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/staff/{id}/leave")
    @Operation(summary = "Record that the member of staff left the office")
    Mono<ResponseEntity<Object>> leave(@PathVariable String id, @Valid @RequestBody RegistryRequests.StaffLeaving body,
                                       ServerHttpRequest request) {
        return change(id, body, request, (staff, version, actor) -> new RecordStaffLeaving(
                staff, version, body.leftOn(), clock.instant(), actor));
    }

    private Mono<ResponseEntity<Object>> change(String id, Object body, ServerHttpRequest request,
                                         Transition<StaffId> command) {
        StaffId target = new StaffId(id);
        return commands.transition(request, body, location(target),
                                   (version, actor) -> command.command(target, version, actor),
                                   outcome -> new RegistryRequests.Accepted(target.value(), outcome.version()));
    }

    private static URI location(StaffId staff) {
        return URI.create("/api/staff/" + staff.value());
    }
}
