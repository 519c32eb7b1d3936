package com.propcare.query.support;

import com.propcare.access.OfficeHidden;
import com.propcare.access.UnreadableInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import java.util.List;
import java.util.Map;

/**
 * Turns the query side's refusals into RFC 9457 problems, each with a stable {@code code}. It goes first, so that
 * in an application that also has the command side's advice, whose catch-all would otherwise win, these refusals
 * keep their own status and code.
 */
@RestControllerAdvice(basePackages = "com.propcare.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblems {

    private static final Logger log = LoggerFactory.getLogger(QueryProblems.class);

    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParameters refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusal.getMessage());
        problem.setTitle("Invalid request parameter");
        problem.setProperty("code", INVALID_PARAMETER);
        problem.setProperty("errors", refusal.violations());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ResourceNotFound refusal) {
        return notFound(refusal.code(), refusal.getMessage());
    }

    /** Another office's data is answered exactly as a missing id. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> hidden(OfficeHidden refusal) {
        return notFound(refusal.code(), refusal.getMessage());
    }

    private static ResponseEntity<ProblemDetail> notFound(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        problem.setProperty("code", code);
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(Conflict refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("code", refusal.code());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unprocessable(Unprocessable refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refusal.getMessage());
        problem.setTitle("Refused");
        problem.setProperty("code", refusal.code());
        problem.setProperty("field", refusal.field());
        problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", refusal.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException refusal) {
        UnreadableInput.Reason reason = UnreadableInput.of(refusal);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                                                                 "The request could not be read: " + reason.field()
                                                                         + " " + reason.message());
        problem.setTitle("Malformed request");
        problem.setProperty("code", "MALFORMED_REQUEST");
        problem.setProperty("errors", List.of(reason.asError()));
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> mediaType(UnsupportedMediaTypeStatusException refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                                                 "Send application/json");
        problem.setTitle("Unsupported media type");
        problem.setProperty("code", "UNSUPPORTED_MEDIA_TYPE");
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> status(ResponseStatusException refusal) {
        HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getReason() == null
                                                                         ? status.getReasonPhrase()
                                                                         : refusal.getReason());
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", status.name());
        return respond(problem);
    }

    /** Anything else is our fault: logged in full, answered without a trace of how the server is built. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception failure, ServerWebExchange exchange) {
        log.error("Unexpected failure handling {} {}", exchange.getRequest().getMethod(),
                  exchange.getRequest().getPath(), failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed; see the server log");
        problem.setTitle("Internal error");
        problem.setProperty("code", "INTERNAL_ERROR");
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
