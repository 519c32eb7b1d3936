package com.propcare.events.complaint;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The steps of a complaint that staff take one after another, each with the states it may be taken in: the
 * aggregate refuses a step outside them, and the read model tells a reader which steps are open now, from this one
 * table. Steps with conditions beyond the state (a director's decision, a review) are the aggregate's alone.
 */
public enum ComplaintAction {
    VERIFY("verify", "REGISTERED"),
    CLASSIFY("classify", "VERIFIED"),
    DECLARE_INVALID("declare-invalid", "REGISTERED", "VERIFIED"),
    DECIDE_HANDLING("decide-handling", "CLASSIFIED", "REOPENED", "UNDER_REVIEW"),
    DISPATCH("dispatch", "HANDLING_DECIDED"),
    ACKNOWLEDGE_DISPATCH("acknowledge-dispatch", "DISPATCHED"),
    FIRST_REPLY("first-reply", "REGISTERED", "VERIFIED", "CLASSIFIED", "HANDLING_DECIDED", "DISPATCHED",
                "IN_PROGRESS", "RESULT_REPORTED", "REOPENED", "UNDER_REVIEW"),
    REMEDIAL_ACTION("remedial-actions", "DISPATCHED", "IN_PROGRESS"),
    REPORT_RESULT("report-result", "IN_PROGRESS");

    private final String path;
    private final Set<String> allowedIn;

    ComplaintAction(String path, String... allowedIn) {
        this.path = path;
        this.allowedIn = Set.of(allowedIn);
    }

    /** The step's route under {@code /api/complaints/{id}/}. */
    public String path() {
        return path;
    }

    /** A handling decision is a director's: the aggregate refuses it from anyone who is not the office's director. */
    public boolean forDirectorsOnly() {
        return this == DECIDE_HANDLING;
    }

    /** Whether the step may be taken while the complaint is in {@code status} (a state's name). */
    public boolean allowedIn(String status) {
        return allowedIn.contains(status);
    }

    /** The steps open in {@code status}, in the order a complaint goes through them. */
    public static List<ComplaintAction> openIn(String status) {
        return Arrays.stream(values()).filter(action -> action.allowedIn(status)).toList();
    }
}
