package com.propcare.query.support;

import com.propcare.access.OfficeHidden;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the query side's refusals into RFC 9457 problems, each with a stable {@code code}. It goes first, so that
 * in an application that also has the command side's advice, whose catch-all would otherwise win, these refusals
 * keep their own status and code.
 */
@RestControllerAdvice(basePackages = "com.propcare.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblems {

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, refusal.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("code", refusal.code());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> hidden(OfficeHidden refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, refusal.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("code", refusal.code());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(Conflict refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("code", refusal.code());
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
