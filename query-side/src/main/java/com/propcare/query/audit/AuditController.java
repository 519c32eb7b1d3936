package com.propcare.query.audit;

import com.propcare.events.complaint.ComplaintId;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.ledger.EventFeed;
import com.propcare.query.ledger.FeedFilter;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The auditors' surface: a complaint's full history (JSON or CSV), its state at any moment, the hash chain's
 * verification, signed checkpoints, an office's log for a period (streamed), and the record of audit reads.
 */
@RestController
class AuditController {

    private static final MediaType CSV = MediaType.valueOf("text/csv;charset=UTF-8");

    private final ComplaintAudit complaints;
    private final LedgerVerification verification;
    private final Checkpoints checkpoints;
    private final AuditReads reads;
    private final EventFeed feed;
    private final AuditLedger ledger;
    private final HistoryEntries entries;
    private final EventStore eventStore;

    AuditController(ComplaintAudit complaints, LedgerVerification verification, Checkpoints checkpoints,
                    AuditReads reads, EventFeed feed, AuditLedger ledger, HistoryEntries entries,
                    EventStore eventStore) {
        this.complaints = complaints;
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.reads = reads;
        this.feed = feed;
        this.ledger = ledger;
        this.entries = entries;
        this.eventStore = eventStore;
    }

    @GetMapping(path = "/api/audit/complaints/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Everything that happened to a complaint and what is linked to it, in order")
    Mono<List<HistoryEntry>> history(@PathVariable String id) {
        return blocking(() -> complaints.history(new ComplaintId(id)));
    }

    @GetMapping(path = "/api/audit/complaints/{id}/history", produces = "text/csv")
    @Operation(summary = "Everything that happened to a complaint and what is linked to it, in order")
    Mono<ResponseEntity<String>> historyCsv(@PathVariable String id) {
        return blocking(() -> {
            StringBuilder csv = new StringBuilder(HistoryEntries.CSV_HEADER);
            complaints.history(new ComplaintId(id)).forEach(entry -> csv.append(entries.csvRow(entry)));
            return ResponseEntity.ok().contentType(CSV).body(csv.toString());
        });
    }

    /**
     * {@code asOf} is an instant ({@code 2026-11-20T08:00:00Z}) or a global position ({@code 1234});
     * {@code fullReplay=true} folds every event from the registration instead of starting at a snapshot.
     */
    @GetMapping("/api/audit/complaints/{id}")
    @Operation(summary = "A complaint as it stood at a moment (position= or at=), rebuilt from its events")
    Mono<ComplaintAudit.AsOf> asOf(@PathVariable String id, @RequestParam String asOf,
                                   @RequestParam(defaultValue = "false") boolean fullReplay) {
        List<Violation> violations = new ArrayList<>();
        Long position = asOf.chars().allMatch(Character::isDigit)
                ? Parameters.position("asOf", asOf, violations) : null;
        Instant instant = position == null ? instant("asOf", asOf, violations) : null;
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidParameters(violations));
        }
        return blocking(() -> complaints.asOf(new ComplaintId(id), position, instant, fullReplay));
    }

    @GetMapping("/api/audit/verify")
    @Operation(summary = "Recompute the ledger from the stored events: intact, or the first broken position")
    Mono<LedgerVerification.Verification> verify() {
        return blocking(verification::verify);
    }

    @PostMapping("/api/audit/checkpoints")
    @ApiResponse(responseCode = "201", description = "The checkpoint, signed")
    @Operation(summary = "Sign where the ledger ends now (Ed25519)")
    Mono<ResponseEntity<Checkpoints.Checkpoint>> sign() {
        return blocking(() -> ResponseEntity.status(HttpStatus.CREATED).body(checkpoints.sign()));
    }

    @GetMapping("/api/audit/checkpoints")
    @Operation(summary = "Signed checkpoints of the ledger, with the public key")
    Mono<Map<String, Object>> recentCheckpoints(@RequestParam(required = false) String limit) {
        List<Violation> violations = new ArrayList<>();
        int count = Parameters.integer("limit", limit, 20, 1, 500, violations);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidParameters(violations));
        }
        return blocking(() -> Map.of("algorithm", "Ed25519", "keyId", checkpoints.keyId(), "publicKey",
                                     checkpoints.publicKey(), "checkpoints", checkpoints.recent(count)));
    }

    @PostMapping("/api/audit/checkpoints/verify")
    @Operation(summary = "Check a checkpoint kept elsewhere against the ledger")
    Mono<Checkpoints.CheckpointCheck> checkCheckpoint(@RequestBody Checkpoints.Checkpoint checkpoint) {
        return blocking(() -> checkpoints.check(checkpoint));
    }

    /**
     * The office's events recorded in {@code [from, to)}, streamed as NDJSON history entries (or CSV with
     * {@code Accept: text/csv}); the stream ends where the chain ended when it began.
     */
    @GetMapping(path = "/api/audit/offices/{officeId}/log", produces = {"application/x-ndjson", "text/csv"})
    @Operation(summary = "An office's log for a period (from=, to=), as NDJSON or CSV")
    Mono<ResponseEntity<Flux<String>>> officeLog(@PathVariable String officeId, @RequestParam String from,
                                                 @RequestParam String to,
                                                 @RequestHeader(value = "Accept", required = false)
                                                 String accept) {
        List<Violation> violations = new ArrayList<>();
        Instant start = instant("from", from, violations);
        Instant end = instant("to", to, violations);
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add(new Violation("to", "after from"));
        }
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidParameters(violations));
        }
        boolean csv = accept != null && accept.contains("text/csv");
        return blocking(() -> {
            long after = ((GapAwareTrackingToken) eventStore.createTokenAt(start)).getIndex();
            long until = ledger.head().position();
            Flux<String> lines = feed.read(after, until, new FeedFilter(null, Set.of(officeId), null))
                                     .concatMapIterable(batch -> batch.stream()
                                             .filter(event -> event.stored().timestamp().isBefore(end)
                                                     && !event.stored().timestamp().isBefore(start))
                                             .map(event -> entries.of(event.stored(), event.entry()))
                                             .map(entry -> csv ? entries.csvRow(entry) : entries.jsonLine(entry))
                                             .toList());
            Flux<String> body = csv ? Flux.just(HistoryEntries.CSV_HEADER).concatWith(lines) : lines;
            return ResponseEntity.ok()
                                 .contentType(csv ? CSV : MediaType.APPLICATION_NDJSON)
                                 .header("Content-Disposition", "attachment; filename=\"" + officeId + "-log."
                                         + (csv ? "csv" : "ndjson") + "\"")
                                 .body(body);
        });
    }

    @GetMapping("/api/audit/reads")
    @Operation(summary = "Who read what on the audit surface, newest first")
    Mono<List<AuditReads.AuditRead>> recentReads(@RequestParam(required = false) String limit) {
        List<Violation> violations = new ArrayList<>();
        int count = Parameters.integer("limit", limit, 100, 1, 1000, violations);
        if (!violations.isEmpty()) {
            return Mono.error(new InvalidParameters(violations));
        }
        return blocking(() -> reads.recent(count));
    }

    private static Instant instant(String field, String text, List<Violation> violations) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "an instant such as 2026-11-20T08:00:00Z"
                    + ("asOf".equals(field) ? ", or a global position" : "")));
            return null;
        }
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
