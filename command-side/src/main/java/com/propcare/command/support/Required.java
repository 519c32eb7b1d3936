package com.propcare.command.support;

import com.propcare.events.StaffId;

import java.time.Instant;
import java.util.Map;

/**
 * The "field is required" refusals every aggregate makes, under the aggregate's own code, with the field named in
 * the details so that the problem response can point at it.
 */
public final class Required {

    private final String code;

    public Required(String code) {
        this.code = code;
    }

    public void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw refusal(field);
        }
    }

    public void present(String field, Object value) {
        if (value == null) {
            throw refusal(field);
        }
    }

    /** Time and actor are stamped by the caller, never by an aggregate; both are part of every fact. */
    public void stamp(Instant at, StaffId by) {
        present("at", at);
        present("by", by);
    }

    public DomainRefusal refusal(String field) {
        return DomainRefusal.unprocessable(code, field + " is required", Map.of("field", field));
    }
}
