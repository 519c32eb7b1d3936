package com.propcare.command.registry;

import com.propcare.command.support.CommandAnswers;
import com.propcare.command.support.CommandExecutor;
import com.propcare.command.support.Transition;
import com.propcare.command.support.CommandOutcome;
import com.propcare.command.support.CommandResponse;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.HouseholdImportId;
import com.propcare.events.registry.KeyResidentFlag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Households over HTTP: register one, import a file of them, and record what changes (move-in, move-out,
 * key-resident flags, contact preferences, residents). Residents' names and phones arrive in clear text and are
 * sealed with the household's key before anything is stored.
 */
@RestController
@Tag(name = "Household commands", description = "Register households one by one or by CSV import, and record changes")
class HouseholdCommandController {

    private final CommandExecutor commands;
    private final Clock clock;

    HouseholdCommandController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = CommandAnswers.CREATED)
    @PostMapping("/api/offices/{officeId}/households")
    @Operation(summary = "Register a household on a unit of the office, under the id you choose")
    Mono<ResponseEntity<Object>> register(@PathVariable String officeId,
                                          @Valid @RequestBody RegistryRequests.RegisterHousehold body,
                                          ServerHttpRequest request) {
        HouseholdId household = new HouseholdId(body.householdId());
        return commands.execute(request, body, actor -> new RegisterHousehold(
                household, new OfficeId(officeId), new BuildingId(body.building()), body.unit().trim(), body.floor(),
                body.occupied(), body.moveInDate(),
                RegistryRequests.enums(body.keyResidentFlags(), KeyResidentFlag.class),
                RegistryRequests.enumOrNull(body.preferredChannel(), ContactChannel.class),
                RegistryRequests.enums(body.declinedChannels(), ContactChannel.class),
                RegistryRequests.residents(body.residents()), clock.instant(), actor),
                outcome -> CommandResponse.created(
                        location(household), new RegistryRequests.Accepted(household.value(), outcome.version())));
    }

    /**
     * The file is the request body as {@code text/csv}; its columns are described on {@link HouseholdCsv}. It is read
     * here rather than bound, so that a file of up to {@value HouseholdCsv#MAX_BYTES} bytes is accepted whatever the
     * codecs' in-memory limit. All rows are imported or none. The import's id is the SHA-256 of the office id and
     * the file's bytes: sending the same file again answers 200 with the first import's summary and writes nothing.
     */
    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @ApiResponse(responseCode = "200", description = "The same file was imported before: nothing written")
    @PostMapping("/api/offices/{officeId}/households/import")
    @Operation(summary = "Import households from a CSV file: all rows or none; the same file again is answered 200 "
            + "with the first import's summary",
               requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                       required = true,
                       description = "UTF-8 CSV with a header row naming the columns in any order. Required: "
                               + "householdId, building, unit, occupied (true/false). Optional: floor (-10..300), "
                               + "moveInDate (ISO date, required when occupied, not after today), keyResident "
                               + "(AGED_LIVING_WITHOUT_CHILDREN|DISABLED), preferredChannel and declinedChannels "
                               + "(PHONE, VISIT, SMS, EMAIL, LETTER, ONLINE; lists separated by |), residentName, "
                               + "residentPhone, residentRole (OWNER or RESIDENT). At most 10,000 rows and 4 MB. "
                               + "Problems come back as errors [{line, field, rule, message}]: 400 for what the file "
                               + "alone shows, 422 for rules that need the office and the register.",
                       content = @Content(mediaType = HouseholdCsv.MEDIA_TYPE, schema = @Schema(type = "string"),
                                          examples = @ExampleObject(value = """
                                                  householdId,building,unit,floor,occupied,moveInDate,keyResident,preferredChannel,declinedChannels,residentName,residentPhone
                                                  h-3-1203,3,1203,12,true,2024-05-01,DISABLED,SMS,VISIT,Wang Jianguo,13800000000
                                                  h-3-1204,3,1204,12,false,,,,,,
                                                  """))))
    Mono<ResponseEntity<Object>> importFile(@PathVariable String officeId, ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        if (type == null || !MediaType.parseMediaType(HouseholdCsv.MEDIA_TYPE).isCompatibleWith(type)) {
            return Mono.error(new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                                          "Send the file as " + HouseholdCsv.MEDIA_TYPE));
        }
        OfficeId office = new OfficeId(officeId);
        return DataBufferUtils.join(request.getBody(), HouseholdCsv.MAX_BYTES)
                              .map(buffer -> {
                                  byte[] bytes = new byte[buffer.readableByteCount()];
                                  buffer.read(bytes);
                                  DataBufferUtils.release(buffer);
                                  return bytes;
                              })
                              .defaultIfEmpty(new byte[0])
                              .onErrorMap(DataBufferLimitException.class, e -> new ResponseStatusException(
                                      HttpStatus.CONTENT_TOO_LARGE, "An import file holds at most "
                                      + HouseholdCsv.MAX_BYTES + " bytes; split it"))
                              .publishOn(Schedulers.boundedElastic())
                              .flatMap(file -> {
                                  HouseholdImportId importId = importIdOf(office, file);
                                  List<ImportRow> rows = HouseholdCsv.read(file);
                                  return commands.execute(
                                          request, new RegistryRequests.ImportFingerprint(importId.value()),
                                          actor -> new ImportHouseholds(importId, office, rows, clock.instant(),
                                                                        actor),
                                          outcome -> imported(office, outcome));
                              });
    }

    /** 202 for a new import; 200 when the same file was imported before and nothing was written. */
    private static CommandResponse imported(OfficeId office, CommandOutcome outcome) {
        boolean alreadyImported = outcome.events().isEmpty();
        return new CommandResponse(alreadyImported ? HttpStatus.OK : HttpStatus.ACCEPTED,
                                   URI.create("/api/offices/" + office.value() + "/households"),
                                   RegistryRequests.Imported.of((ImportSummary) outcome.result(), alreadyImported));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/households/{id}/move-in")
    @Operation(summary = "New occupants moved into the vacant household")
    Mono<ResponseEntity<Object>> moveIn(@PathVariable String id, @Valid @RequestBody RegistryRequests.MoveIn body,
                                        ServerHttpRequest request) {
        return change(id, body, request, (household, version, actor) -> new RecordMoveIn(
                household, version, body.moveInDate(), RegistryRequests.residents(body.residents()), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/households/{id}/move-out")
    @Operation(summary = "The occupants moved out: the household is vacant")
    Mono<ResponseEntity<Object>> moveOut(@PathVariable String id, @Valid @RequestBody RegistryRequests.MoveOut body,
                                         ServerHttpRequest request) {
        return change(id, body, request, (household, version, actor) -> new RecordMoveOut(
                household, version, body.movedOutOn(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/households/{id}/erasure")
    @Operation(summary = "Erase the household's personal data on request: its key is destroyed, names and phones "
            + "read as erased everywhere, the log stays intact and verifiable")
    Mono<ResponseEntity<Object>> erase(@PathVariable String id, @Valid @RequestBody RegistryRequests.Erasure body,
                                       ServerHttpRequest request) {
        return change(id, body, request, (household, version, actor) -> new EraseHouseholdPersonalData(
                household, version, body.reason(), clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/households/{id}/key-resident-flags")
    @Operation(summary = "Set the key-resident flags (60+ living without children, disabled); empty clears them")
    Mono<ResponseEntity<Object>> keyResidentFlags(@PathVariable String id,
                                                  @Valid @RequestBody RegistryRequests.KeyResidentFlags body,
                                                  ServerHttpRequest request) {
        return change(id, body, request, (household, version, actor) -> new ChangeKeyResidentFlags(
                household, version, RegistryRequests.enums(body.keyResidentFlags(), KeyResidentFlag.class),
                clock.instant(), actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/households/{id}/contact-preferences")
    @Operation(summary = "Record the preferred contact channel and the declined ones")
    Mono<ResponseEntity<Object>> contactPreferences(@PathVariable String id,
                                                    @Valid @RequestBody RegistryRequests.ContactPreferences body,
                                                    ServerHttpRequest request) {
        return change(id, body, request, (household, version, actor) -> new ChangeContactPreferences(
                household, version, RegistryRequests.enumOrNull(body.preferredChannel(), ContactChannel.class),
                RegistryRequests.enums(body.declinedChannels(), ContactChannel.class), clock.instant(),
                actor));
    }

    @ApiResponse(responseCode = "202", description = CommandAnswers.ACCEPTED)
    @PostMapping("/api/households/{id}/residents")
    @Operation(summary = "Replace the list of residents and owners")
    Mono<ResponseEntity<Object>> residents(@PathVariable String id, @Valid @RequestBody RegistryRequests.Residents body,
                                           ServerHttpRequest request) {
        return change(id, body, request, (household, version, actor) -> new ChangeResidents(
                household, version, RegistryRequests.residents(body.residents()), clock.instant(),
                actor));
    }

    private Mono<ResponseEntity<Object>> change(String id, Object body, ServerHttpRequest request,
                                         Transition<HouseholdId> command) {
        HouseholdId target = new HouseholdId(id);
        return commands.transition(request, body, location(target),
                                   (version, actor) -> command.command(target, version, actor),
                                   outcome -> new RegistryRequests.Accepted(target.value(), outcome.version()));
    }

    /** SHA-256 over the office id, a separator no id contains, and the file: the same file for the same office. */
    static HouseholdImportId importIdOf(OfficeId office, byte[] file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(office.value().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return new HouseholdImportId(HexFormat.of().formatHex(digest.digest(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static URI location(HouseholdId household) {
        return URI.create("/api/households/" + household.value());
    }
}
