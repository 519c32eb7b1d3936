package com.propcare.query.support;

/** A request that cannot be carried out in the current state, e.g. a second rebuild of the same read model. */
public class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
