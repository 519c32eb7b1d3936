package com.propcare.command.complaint;

import com.propcare.command.support.DomainRefusal;
import com.propcare.events.complaint.ComplaintAction;

import java.util.List;
import java.util.Map;

/** Where a complaint stands in its lifecycle (domain §1); the aggregate guards every transition with it. */
public enum ComplaintStatus {
    REGISTERED, VERIFIED, CLASSIFIED, HANDLING_DECIDED, DISPATCHED, IN_PROGRESS, RESULT_REPORTED, REOPENED,
    UNDER_REVIEW, CLOSED;

    public static final String ILLEGAL_TRANSITION = "COMPLAINT_ILLEGAL_TRANSITION";

    /** Refuses {@code attempted} unless the complaint is in one of the allowed states. */
    public void requireOneOf(Record attempted, ComplaintStatus... allowed) {
        if (!List.of(allowed).contains(this)) {
            throw refusal(attempted);
        }
    }

    /** Refuses {@code attempted} unless {@code action} may be taken in this state (the table readers see too). */
    public void require(Record attempted, ComplaintAction action) {
        if (!action.allowedIn(name())) {
            throw refusal(attempted);
        }
    }

    /** Refuses {@code attempted} on a closed complaint; only a review may touch a closed one. */
    public void requireOpen(Record attempted) {
        if (this == CLOSED) {
            throw refusal(attempted);
        }
    }

    /** The refusal for {@code attempted} in this state, naming the state so that a client can explain it. */
    public DomainRefusal refusal(Record attempted) {
        String command = attempted.getClass().getSimpleName();
        return new DomainRefusal(ILLEGAL_TRANSITION, command + " is not allowed while the complaint is " + name(),
                                 Map.of("currentState", name(), "attempted", command));
    }
}
