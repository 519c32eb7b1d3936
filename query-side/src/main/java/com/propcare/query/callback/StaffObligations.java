package com.propcare.query.callback;

import com.propcare.events.callback.FollowUpType;

import java.time.Instant;
import java.util.List;

/** A member of staff's open obligations, soonest due first, with {@code overdue} as of {@code asOf}. */
public record StaffObligations(String staffId, String officeId, Instant asOf, List<Obligation> items) {

    /** Whether an obligation is a callback itself or a commitment a callback record made. */
    public enum ObligationType {
        CALLBACK, FOLLOW_UP
    }

    /**
     * One open obligation. For a follow-up, {@code itemId}, {@code followUpType} and {@code description} name the
     * commitment and {@code callbackId} the callback whose record made it; {@code status} is the callback's or the
     * follow-up's.
     */
    public record Obligation(ObligationType type, String callbackId, String itemId, String kind,
                             FollowUpType followUpType, String description, String household, Instant due,
                             String status, boolean overdue) {
    }

    public StaffObligations {
        items = List.copyOf(items);
    }
}
