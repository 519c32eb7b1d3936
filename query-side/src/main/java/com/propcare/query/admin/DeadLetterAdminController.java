package com.propcare.query.admin;

import com.propcare.eventstore.deadletter.FailedReaction;
import com.propcare.eventstore.deadletter.FailedReactions;
import com.propcare.eventstore.deadletter.RetryOutcome;
import com.propcare.query.support.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * Automatic reactions and read models that failed on an event, for administrators: each kept with its cause and
 * the events of the same record waiting behind it, until a retry handles them.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterAdminController {

    private static final String NOT_FOUND = "DEAD_LETTER_NOT_FOUND";

    private final FailedReactions failedReactions;

    DeadLetterAdminController(FailedReactions failedReactions) {
        this.failedReactions = failedReactions;
    }

    @GetMapping
    @Operation(summary = "Every failed reaction or read-model update, the oldest first; office= narrows to one office")
    Mono<List<FailedReaction>> all(@RequestParam(required = false) String office) {
        return Mono.fromSupplier(() -> office == null || office.isBlank() ? failedReactions.all()
                        : failedReactions.ofOffice(office.trim()))
                   .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{processingGroup}/{sequence}")
    @Operation(summary = "One failed reaction with its cause and attempts")
    Mono<FailedReaction> one(@PathVariable String processingGroup, @PathVariable String sequence) {
        return Mono.fromSupplier(() -> failedReactions.find(processingGroup, sequence).orElseThrow(
                           () -> notFound(processingGroup, sequence)))
                   .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * 200 with {@code HANDLED} (gone) or {@code STILL_FAILING} (kept with the new cause); 202 with
     * {@code REQUESTED} when another instance processes the group and takes the retry up within seconds.
     */
    @PostMapping("/{processingGroup}/{sequence}/retry")
    @ApiResponse(responseCode = "200", description = "Retried here: HANDLED, or STILL_FAILING with the new cause")
    @ApiResponse(responseCode = "202", description = "REQUESTED: the instance that runs the group retries it")
    @Operation(summary = "Retry a failed reaction now: it and the events waiting behind it are handled in order, once")
    Mono<ResponseEntity<RetryAnswer>> retry(@PathVariable String processingGroup, @PathVariable String sequence) {
        return Mono.fromSupplier(() -> {
            if (failedReactions.find(processingGroup, sequence).isEmpty()) {
                throw notFound(processingGroup, sequence);
            }
            RetryOutcome outcome = failedReactions.retry(processingGroup, sequence);
            RetryAnswer answer = new RetryAnswer(outcome,
                                                 failedReactions.find(processingGroup, sequence).orElse(null));
            return ResponseEntity.status(outcome == RetryOutcome.REQUESTED ? HttpStatus.ACCEPTED : HttpStatus.OK)
                                 .body(answer);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** @param stillFailing the failure as it stands after the retry; null once handled */
    record RetryAnswer(RetryOutcome outcome, FailedReaction stillFailing) {
    }

    private static ResourceNotFound notFound(String processingGroup, String sequence) {
        return new ResourceNotFound(NOT_FOUND, "No failed reaction of " + processingGroup + " on " + sequence);
    }
}
