package com.propcare.command.support;

import com.propcare.events.StaffId;

/**
 * Builds the command that moves one aggregate on: from its id, the version the client expects (null without
 * {@code If-Match}) and the acting staff member, who is always the signed-in user.
 */
@FunctionalInterface
public interface Transition<I> {

    Object command(I target, Long expectedVersion, StaffId actor);
}
