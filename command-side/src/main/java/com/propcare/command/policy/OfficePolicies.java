package com.propcare.command.policy;

import com.propcare.events.OfficeId;

import java.time.Instant;

/** Where the command side gets an office's whole policy, as it stood when a triggering fact happened. */
public interface OfficePolicies {

    /** The version in force at {@code at} (the moment of the triggering fact, not of its entry). */
    PolicyInForce inForce(OfficeId office, Instant at);
}
