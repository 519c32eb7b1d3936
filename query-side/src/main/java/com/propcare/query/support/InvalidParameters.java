package com.propcare.query.support;

import java.util.List;
import java.util.stream.Collectors;

/** Request parameters that could not be accepted; each violation names the parameter and the rule it broke. */
public class InvalidParameters extends RuntimeException {

    /** One refused parameter, e.g. {@code status} with rule {@code one of REGISTERED, VERIFIED, ...}. */
    public record Violation(String field, String rule) {
    }

    private final List<Violation> violations;

    public InvalidParameters(List<Violation> violations) {
        super(violations.stream()
                .map(violation -> violation.field() + ": " + violation.rule())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
