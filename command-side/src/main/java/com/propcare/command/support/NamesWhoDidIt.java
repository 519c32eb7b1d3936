package com.propcare.command.support;

/**
 * A request body that may name someone other than the signed-in user as the one who did the work: the supervisor
 * whose callback a clerk types in, the colleague who took a complaint at the counter. Entering work on someone
 * else's behalf is a permission of its own ({@code propcare.security.record-on-behalf-roles}); the named person is
 * then checked like any reference, and the event records both that person and the signed-in recorder.
 */
public interface NamesWhoDidIt {

    /** The body field that may name the person, and the staff id it names (null: the signed-in user did it). */
    Named whoDidIt();

    record Named(String field, String staffId) {
    }
}
