package com.propcare.query.visit;

import java.util.List;

/** One visit's obligation and record (《拜(回)访客户记录表》). */
public record VisitDetails(VisitSummary visit, List<String> performerRoles, String reason, String policy,
                           String skippedBecause, String method, String summary, String signature,
                           Boolean feedbackRequired, List<String> opinions, long version) {
}
