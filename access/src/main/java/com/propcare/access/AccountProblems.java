package com.propcare.access;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The account and session routes' refusals as problems shaped like the rest of the API's; ahead of each side's
 * general handlers, which would otherwise take them for unexpected failures.
 */
@RestControllerAdvice(assignableTypes = {SessionController.class, AccountController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    @ExceptionHandler(AccountRefusal.class)
    ResponseEntity<ProblemDetail> refused(AccountRefusal refusal, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        problem.setProperty("code", refusal.code());
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "rule", refusal.code(),
                                                         "message", refusal.getMessage())));
        }
        return ResponseEntity.status(refusal.status()).body(problem);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        UnreadableInput.Reason reason = UnreadableInput.of(e);
        return refused(new AccountRefusal(org.springframework.http.HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                                          reason.field(), reason.message()), exchange);
    }
}
