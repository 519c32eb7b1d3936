package com.propcare.command.support;

/** How the API document describes a command's success; the headers are documented once, for every command. */
public final class CommandAnswers {

    public static final String CREATED = "Created: Location names it, ETag is its version, Log-Position its last event";
    public static final String ACCEPTED = "Accepted: stored; ETag is the new version, Log-Position its last event";

    private CommandAnswers() {
    }
}
