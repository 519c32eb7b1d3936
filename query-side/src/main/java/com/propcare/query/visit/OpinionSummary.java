package com.propcare.query.visit;

import java.time.Instant;

/** One opinion as lists show it; {@code status} is PENDING, OVERDUE or ANSWERED. */
public record OpinionSummary(String id, String officeId, String source, String sourceId, String householdId,
                             String type, String text, Instant answerDue, String status, String complaintId,
                             Instant answeredAt, Boolean onTime) {
}
