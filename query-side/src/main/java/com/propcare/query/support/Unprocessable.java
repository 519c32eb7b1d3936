package com.propcare.query.support;

/** A request the server understood but refuses by a rule, naming the field at fault and a stable code (422). */
public class Unprocessable extends RuntimeException {

    private final String code;
    private final String field;

    public Unprocessable(String code, String field, String detail) {
        super(detail);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
