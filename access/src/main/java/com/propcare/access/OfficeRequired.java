package com.propcare.access;

import org.springframework.security.access.AccessDeniedException;

/** A user of specific offices asked for a list without saying which office: answered as 400 naming the parameter. */
public class OfficeRequired extends AccessDeniedException {

    private final String parameter;

    public OfficeRequired(String parameter) {
        super("Users of specific offices must name the office: " + parameter + " is required");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
