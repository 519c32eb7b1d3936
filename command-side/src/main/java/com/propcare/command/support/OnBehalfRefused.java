package com.propcare.command.support;

/** The signed-in user's roles do not allow entering work done by someone else (403 RECORDING_ON_BEHALF_NOT_ALLOWED).*/
public class OnBehalfRefused extends RuntimeException {

    private final String field;

    public OnBehalfRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
