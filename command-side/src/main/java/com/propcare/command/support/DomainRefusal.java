package com.propcare.command.support;

import java.util.Map;

/**
 * A business rule refused a command. The code is stable and part of the API (it becomes the problem's
 * {@code code}); details name the facts a client needs, e.g. the current state of the aggregate.
 */
public class DomainRefusal extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    public DomainRefusal(String code, String message, Map<String, Object> details) {
        super(code + ": " + message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public DomainRefusal(String code, String message) {
        this(code, message, Map.of());
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
