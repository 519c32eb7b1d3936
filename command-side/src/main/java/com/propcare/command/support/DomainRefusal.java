package com.propcare.command.support;

import java.util.Map;

/**
 * A business rule refused a command. The code is stable and part of the API (it becomes the problem's
 * {@code code}); details name the facts a client needs, e.g. the current state of the aggregate. The kind decides
 * the HTTP status: a conflict with the current state (409), content that can never be accepted (422), or a
 * reference to something that does not exist (404).
 */
public class DomainRefusal extends RuntimeException {

    /** What sort of refusal this is. */
    public enum Kind { CONFLICT, UNPROCESSABLE, NOT_FOUND }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> details;

    public DomainRefusal(Kind kind, String code, String message, Map<String, Object> details) {
        super(code + ": " + message);
        this.kind = kind;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public DomainRefusal(String code, String message, Map<String, Object> details) {
        this(Kind.CONFLICT, code, message, details);
    }

    public DomainRefusal(String code, String message) {
        this(code, message, Map.of());
    }

    public static DomainRefusal unprocessable(String code, String message, Map<String, Object> details) {
        return new DomainRefusal(Kind.UNPROCESSABLE, code, message, details);
    }

    public static DomainRefusal notFound(String code, String message, Map<String, Object> details) {
        return new DomainRefusal(Kind.NOT_FOUND, code, message, details);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
