package com.propcare.eventstore.deadletter;

/** What a requested retry did. */
public enum RetryOutcome {
    /** Handled now: the failure and the events waiting behind it are gone. */
    HANDLED,
    /** Tried now and failed again: kept, with the new cause. */
    STILL_FAILING,
    /** Another instance processes this group: it retries within its poll interval. */
    REQUESTED
}
