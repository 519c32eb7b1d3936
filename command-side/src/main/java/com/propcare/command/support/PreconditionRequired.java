package com.propcare.command.support;

/** This transition must name the version it changes ({@code If-Match}): 428. */
public class PreconditionRequired extends RuntimeException {

    public PreconditionRequired() {
        super("This change needs If-Match with the ETag of the version you read");
    }
}
