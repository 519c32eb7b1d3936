package com.propcare.query.complaint;

/** A complaint's place in its lifecycle; the same names as the command side's state, so clients see one vocabulary. */
public enum ComplaintStatus {
    REGISTERED, VERIFIED, CLASSIFIED, HANDLING_DECIDED, DISPATCHED, IN_PROGRESS, RESULT_REPORTED, REOPENED,
    UNDER_REVIEW, CLOSED
}
