package com.propcare.access;

import org.springframework.http.HttpStatus;

/** A refused account request: its status, stable code and, for a bad field, the field. */
class AccountRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    AccountRefusal(HttpStatus status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
