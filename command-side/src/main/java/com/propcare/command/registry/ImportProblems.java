package com.propcare.command.registry;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An import file that cannot be read is a 400 {@code VALIDATION_FAILED} like any invalid request, but its errors
 * name the line as well: {@code errors: [{line, field, rule, message}]}, with {@code errorCount} when there are
 * more than are listed. It goes before the shared advice, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice(assignableTypes = HouseholdCommandController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(HouseholdCsv.Rejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The import file has " + rejected.problemCount()
                        + " problems; nothing was imported");
        problem.setTitle("Invalid request");
        problem.setProperty("code", "VALIDATION_FAILED");
        problem.setProperty("errors", rejected.problems());
        problem.setProperty("errorCount", rejected.problemCount());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
