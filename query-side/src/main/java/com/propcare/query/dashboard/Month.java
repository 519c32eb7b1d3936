package com.propcare.query.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One month of an office as the dashboards count it: the complaints received, the callbacks and follow-ups due,
 * the visits made in it, each by id. Read from its stored document in one place ({@link DashboardDocuments}); the
 * rules of what counts for which figure are the entries' own, so the rates, the bulletin and the lists behind a
 * rate count by the same ones.
 */
record Month(String office, YearMonth month, Map<String, Complaint> complaints, Map<String, Callback> callbacks,
             Map<String, FollowUp> followUps, Map<String, Visit> visits) {

    Month {
        complaints = Collections.unmodifiableMap(new LinkedHashMap<>(complaints));
        callbacks = Collections.unmodifiableMap(new LinkedHashMap<>(callbacks));
        followUps = Collections.unmodifiableMap(new LinkedHashMap<>(followUps));
        visits = Collections.unmodifiableMap(new LinkedHashMap<>(visits));
    }

    static Month empty(String office, YearMonth month) {
        return new Month(office, month, Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** @param department the department it was dispatched to, null before */
    record Complaint(String number, String category, String household, String department, Instant receivedAt,
                     Instant remedyDue, String status, String closingReason, Boolean firstReplyOnTime,
                     Boolean remedyOnTime, boolean repeat, Boolean satisfied) {

        /** A complaint declared invalid is not a complaint received. */
        boolean received() {
            return !"INVALID".equals(closingReason);
        }

        boolean closed() {
            return "CLOSED".equals(status);
        }

        boolean repliedOnTime() {
            return Boolean.TRUE.equals(firstReplyOnTime);
        }

        boolean owesRemedy() {
            return remedyDue != null;
        }

        boolean remediedOnTime() {
            return Boolean.TRUE.equals(remedyOnTime);
        }

        boolean satisfiedWhenClosed() {
            return closed() && Boolean.TRUE.equals(satisfied);
        }
    }

    record Callback(String kind, Instant due, String status, Boolean onTime, Instant performedAt) {

        /** A cancelled callback is owed no more. */
        boolean scheduled() {
            return !"CANCELLED".equals(status);
        }

        boolean performed() {
            return "PERFORMED".equals(status);
        }

        boolean performedOnTime() {
            return Boolean.TRUE.equals(onTime);
        }
    }

    record FollowUp(String type, String kind, Instant due, String status) {

        boolean done() {
            return "DONE".equals(status);
        }
    }

    record Visit(String kind, String household, Instant visitedAt) {

        boolean routine() {
            return "ROUTINE".equals(kind);
        }
    }
}
