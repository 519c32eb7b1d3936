package com.propcare.query.visit;

import java.time.Instant;

/** One reception-log entry; the visitor's name stays sealed in the log and is not shown. */
public record ReceptionSummary(String id, String officeId, String householdId, String purpose, Instant receivedAt,
                               String receivedBy, String outcome, String referredTo, int opinions) {
}
