package com.propcare.query.dashboard;

import org.bson.Document;

import java.util.function.Predicate;

/**
 * What a month's entries count for, in one place: the rates count by these rules and the drill-down lists by them,
 * so that the items behind a figure are always the ones it was counted from.
 */
final class MonthEntries {

    private MonthEntries() {
    }

    /** A complaint declared invalid is not a complaint received. */
    static boolean received(Document complaint) {
        return !"INVALID".equals(complaint.getString("closingReason"));
    }

    static Predicate<Document> received() {
        return MonthEntries::received;
    }

    static boolean firstReplyOnTime(Document complaint) {
        return isTrue(complaint, "firstReplyOnTime");
    }

    static boolean remedyDue(Document complaint) {
        return complaint.get("remedyDue") != null;
    }

    static boolean remedyOnTime(Document complaint) {
        return isTrue(complaint, "remedyOnTime");
    }

    static boolean repeat(Document complaint) {
        return isTrue(complaint, "repeat");
    }

    /** A cancelled callback is owed no more. */
    static boolean scheduled(Document callback) {
        return !"CANCELLED".equals(callback.getString("status"));
    }

    static boolean performed(Document callback) {
        return "PERFORMED".equals(callback.getString("status"));
    }

    static boolean onTime(Document entry) {
        return isTrue(entry, "onTime");
    }

    static boolean done(Document followUp) {
        return "DONE".equals(followUp.getString("status"));
    }

    static boolean routine(Document visit) {
        return "ROUTINE".equals(visit.getString("kind"));
    }

    private static boolean isTrue(Document entry, String field) {
        return Boolean.TRUE.equals(entry.getBoolean(field));
    }
}
