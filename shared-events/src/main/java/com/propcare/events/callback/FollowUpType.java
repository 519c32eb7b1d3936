package com.propcare.events.callback;

/** The commitments a callback record can create, each tracked with its own due time (domain §2). */
public enum FollowUpType {
    /** A question not answered on the spot, with the reply time promised to the resident. */
    PROMISED_REPLY,
    /** Problems found are notified in writing (to the repair worker for repairs) within 24 hours [001]. */
    PROBLEM_NOTICE,
    /** A problem that cannot be solved at once gets a rectification deadline for a department [001]. */
    RECTIFICATION
}
