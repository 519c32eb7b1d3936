package com.propcare.command.support;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * How a successful command is answered: 201 with the new resource or 202 with the resource that will show the
 * change; the aggregate version goes into the {@code ETag}.
 */
public record CommandResponse(HttpStatus status, URI location, Object body) {

    public static CommandResponse created(URI location, Object body) {
        return new CommandResponse(HttpStatus.CREATED, location, body);
    }

    public static CommandResponse accepted(URI location, Object body) {
        return new CommandResponse(HttpStatus.ACCEPTED, location, body);
    }
}
