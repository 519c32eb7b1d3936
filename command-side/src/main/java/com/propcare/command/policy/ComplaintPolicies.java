package com.propcare.command.policy;

import com.propcare.events.OfficeId;

import java.time.Instant;

/** Where the command side gets an office's complaint policy. */
public interface ComplaintPolicies {

    /**
     * The complaint policy of the version that was in force at {@code at}, the moment the triggering fact
     * happened (a complaint's receipt, a dispatch, a repeat being flagged), not when it is entered.
     */
    ComplaintPolicy forOffice(OfficeId office, Instant at);
}
