package com.propcare.access;

/** What a user may do; a user holds one or more roles in the offices it belongs to. */
public enum Role {
    /** Customer-service intake, complaint handling, callbacks and visits. */
    CLERK,
    SUPERVISOR,
    DIRECTOR,
    /** Spot checks of callbacks and survey quality. */
    QUALITY,
    /** Read-only history and verification; personal data only with a grant. */
    AUDITOR,
    /** The event feed. */
    INTEGRATOR,
    /** Dashboards and statistics, no personal data. */
    VIEWER,
    /** Registry, policies, calendars, operations. */
    ADMIN
}
