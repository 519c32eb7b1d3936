package com.propcare.access;

/** Where a route finds the office whose data it touches; the security layer checks the caller belongs to it. */
public sealed interface OfficeScope {

    /** A path variable holds the office id. */
    record PathOffice(String variable) implements OfficeScope {
    }

    /**
     * A path variable holds an aggregate id; its office is the one its first event names. An id the log does not
     * know passes, so that the handler answers "not found" exactly as for any missing id.
     */
    record PathAggregate(String variable) implements OfficeScope {
    }

    /** A query parameter names the office; users of specific offices must give it. */
    record QueryOffice(String parameter) implements OfficeScope {
    }

    /** The office is in the request body or chosen by the handler, which checks it through {@link OfficeAccess}. */
    record InHandler() implements OfficeScope {
    }

    /** Data of every office at once: only for users of all offices. */
    record Company() implements OfficeScope {
    }

    /** Not office data (event schemas, calendars, policy defaults). */
    record NotOfficeData() implements OfficeScope {
    }
}
