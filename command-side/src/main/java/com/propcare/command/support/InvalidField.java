package com.propcare.command.support;

/** A request field broke a rule that Bean Validation cannot express (e.g. one that needs the clock). */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidField(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
