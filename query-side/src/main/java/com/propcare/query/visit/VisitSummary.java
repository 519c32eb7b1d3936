package com.propcare.query.visit;

import java.time.Instant;

/** One visit as lists show it; {@code status} is PENDING, OVERDUE, DONE or SKIPPED. */
public record VisitSummary(String id, String officeId, String kind, String householdId, String status, Instant due,
                           Instant dueAtMost, String appointedWith, Instant appointedFor, String visitedBy,
                           Instant visitedAt, Boolean onTime) {
}
