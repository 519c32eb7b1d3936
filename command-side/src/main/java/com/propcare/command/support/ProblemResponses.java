package com.propcare.command.support;

import com.propcare.access.OfficeHidden;
import com.propcare.access.UnreadableInput;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place where failures become RFC 9457 problems. Every problem carries a stable {@code code}; validation
 * problems list each field with the rule it broke.
 */
@RestControllerAdvice
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException e) {
        List<Map<String, Object>> errors = e.getFieldErrors().stream().map(ProblemResponses::describe).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                                        "The request has invalid fields", "Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ProblemDetail> invalid(InvalidField e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                                        "The request has invalid fields", "Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", e.rule(),
                                                     "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        UnreadableInput.Reason reason = UnreadableInput.of(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                                        "The request body or a parameter could not be read: " + reason.field()
                                                + " " + reason.message(), "Malformed request");
        problem.setProperty("errors", List.of(reason.asError()));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<ProblemDetail> mediaType(UnsupportedMediaTypeStatusException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                             .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                                           "Send application/json", "Unsupported media type"));
    }

    @ExceptionHandler({MethodNotAllowedException.class, ResponseStatusException.class})
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return ResponseEntity.status(status)
                             .body(problem(status, status.name(), e.getReason() == null ? status.getReasonPhrase()
                                                                                        : e.getReason(),
                                           status.getReasonPhrase()));
    }

    @ExceptionHandler(OfficeHidden.class)
    ResponseEntity<ProblemDetail> hidden(OfficeHidden e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                             .body(problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage(), "Not found"));
    }

    @ExceptionHandler(WeakEntityTag.class)
    ResponseEntity<ProblemDetail> weak(WeakEntityTag e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                             .body(problem(HttpStatus.PRECONDITION_FAILED, "WEAK_ETAG", e.getMessage(),
                                           "Precondition failed"));
    }

    @ExceptionHandler(PreconditionRequired.class)
    ResponseEntity<ProblemDetail> ifMatchMissing(PreconditionRequired e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
                             .body(problem(HttpStatus.PRECONDITION_REQUIRED, "IF_MATCH_REQUIRED", e.getMessage(),
                                           "Precondition required"));
    }

    @ExceptionHandler(OnBehalfRefused.class)
    ResponseEntity<ProblemDetail> onBehalf(OnBehalfRefused e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "RECORDING_ON_BEHALF_NOT_ALLOWED", e.getMessage(),
                                        "Forbidden");
        problem.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<ProblemDetail> idempotency(IdempotencyConflict e) {
        HttpStatus status = e.reason() == IdempotencyConflict.Reason.IN_PROGRESS ? HttpStatus.CONFLICT
                                                                                 : HttpStatus.UNPROCESSABLE_CONTENT;
        String code = e.reason() == IdempotencyConflict.Reason.IN_PROGRESS ? "IDEMPOTENCY_KEY_IN_PROGRESS"
                                                                           : "IDEMPOTENCY_KEY_REUSED";
        return ResponseEntity.status(status).body(problem(status, code, e.getMessage(), "Idempotency-Key conflict"));
    }

    /** Failures from command handling arrive wrapped; unwrap and map the cause. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e, ServerWebExchange exchange) {
        Throwable cause = unwrap(e);
        if (cause instanceof DomainRefusal refusal) {
            HttpStatus status = switch (refusal.kind()) {
                case CONFLICT -> HttpStatus.CONFLICT;
                case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
            };
            ProblemDetail problem = problem(status, refusal.code(), refusal.getMessage(), "Refused");
            refusal.details().forEach(problem::setProperty);
            return ResponseEntity.status(status).body(problem);
        }
        if (cause instanceof ConflictingAggregateVersionException stale) {
            ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "STALE_VERSION",
                                            "The resource changed since version " + stale.getExpectedVersion()
                                                    + "; it is now at version " + stale.getActualVersion(),
                                            "Stale version");
            problem.setProperty("currentVersion", stale.getActualVersion());
            return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
        }
        if (cause instanceof AggregateStreamCreationException) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                                 .body(problem(HttpStatus.CONFLICT, resourceOf(exchange) + "_ALREADY_EXISTS",
                                               "Something with this id already exists", "Already exists"));
        }
        if (cause instanceof ConcurrencyException) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                                 .body(problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                                               "Another change to this resource was stored at the same time; "
                                                       + "read it again and retry", "Concurrent modification"));
        }
        if (cause instanceof IncompatibleAggregateException) {
            // the id is another kind of aggregate's: there is no resource of this kind with it
            String resource = resourceOf(exchange);
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                                 .body(problem(HttpStatus.NOT_FOUND, resource + "_NOT_FOUND",
                                               "No " + resource.toLowerCase() + " with this id", "Not found"));
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            String resource = resourceOf(exchange);
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                                 .body(problem(HttpStatus.NOT_FOUND, resource + "_NOT_FOUND",
                                               "No " + resource.toLowerCase() + " with id "
                                                       + notFound.getAggregateIdentifier(), "Not found"));
        }
        if (cause instanceof InvalidField invalid) {
            return invalid(invalid);
        }
        log.error("Unexpected failure handling {} {}", exchange.getRequest().getMethod(),
                  exchange.getRequest().getPath(), cause);
        return ResponseEntity.internalServerError()
                             .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                                           "The request could not be completed; see the server log for this instance",
                                           "Internal error"));
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof CommandExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** {@code /api/complaints/…} → {@code COMPLAINT}. */
    private static String resourceOf(ServerWebExchange exchange) {
        return OfficeHidden.resourceOf(exchange.getRequest().getPath().value());
    }

    private static Map<String, Object> describe(FieldError error) {
        return Map.of("field", error.getField(),
                      "rule", error.getCode() == null ? "Invalid" : error.getCode(),
                      "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail, String title) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
