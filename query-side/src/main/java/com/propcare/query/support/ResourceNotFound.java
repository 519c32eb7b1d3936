package com.propcare.query.support;

/** A read model has nothing under the requested id; the code is stable, e.g. {@code COMPLAINT_NOT_FOUND}. */
public class ResourceNotFound extends RuntimeException {

    private final String code;

    public ResourceNotFound(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
