package com.propcare.command.complaint;

/** The stable codes with which the complaint aggregate refuses commands; they are part of the HTTP API. */
public final class ComplaintRefusalCodes {

    /** The command does not fit the complaint's current state (details: currentState, attempted). */
    public static final String ILLEGAL_TRANSITION = ComplaintStatus.ILLEGAL_TRANSITION;
    /** A field the command needs is missing or blank (details: field). */
    public static final String FIELD_REQUIRED = "COMPLAINT_FIELD_REQUIRED";
    /** The summary is longer than the office's policy allows (details: length, maxLength). */
    public static final String SUMMARY_TOO_LONG = "COMPLAINT_SUMMARY_TOO_LONG";
    /** A due time given in the command is not after the command's own time (details: field, due, at). */
    public static final String DUE_IN_THE_PAST = "COMPLAINT_DUE_IN_THE_PAST";
    /** The complainant already got the first reply; later contacts are not first replies. */
    public static final String FIRST_REPLY_ALREADY_GIVEN = "COMPLAINT_FIRST_REPLY_ALREADY_GIVEN";
    /** A corrective action with this id was planned before (details: actionId). */
    public static final String CORRECTIVE_ACTION_ALREADY_PLANNED = "COMPLAINT_CORRECTIVE_ACTION_ALREADY_PLANNED";
    /** No corrective action with this id was planned (details: actionId). */
    public static final String CORRECTIVE_ACTION_UNKNOWN = "COMPLAINT_CORRECTIVE_ACTION_UNKNOWN";
    /** The corrective action with this id was completed before (details: actionId). */
    public static final String CORRECTIVE_ACTION_ALREADY_COMPLETED = "COMPLAINT_CORRECTIVE_ACTION_ALREADY_COMPLETED";
    /** The complaint is already flagged as a repeat, automatically or by staff. */
    public static final String ALREADY_FLAGGED_AS_REPEAT = "COMPLAINT_ALREADY_FLAGGED_AS_REPEAT";
    /** A complaint cannot repeat itself. */
    public static final String CANNOT_REPEAT_ITSELF = "COMPLAINT_CANNOT_REPEAT_ITSELF";
    /** A verdict must rest on exactly one basis: the complaint callback, or a director's recorded decision. */
    public static final String CONFIRMATION_BASIS_REQUIRED = "COMPLAINT_CONFIRMATION_BASIS_REQUIRED";
    /** A verdict without a callback needs a director of the office to decide it (details: field, requiredRole). */
    public static final String DECISION_NOT_BY_DIRECTOR = "COMPLAINT_DECISION_NOT_BY_DIRECTOR";
    /** A director's decision while the result's callback is still to be made (details: field, callbackId). */
    public static final String CALLBACK_PENDING = "COMPLAINT_CALLBACK_PENDING";

    private ComplaintRefusalCodes() {
    }
}
