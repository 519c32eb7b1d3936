package com.propcare.command.callback;

/** The stable codes with which the callback aggregate refuses commands; they are part of the HTTP API. */
public final class CallbackRefusalCodes {

    /** A field the command needs is missing or blank (details: field). */
    public static final String FIELD_REQUIRED = "CALLBACK_FIELD_REQUIRED";
    /** The callback was performed and recorded before; a record is never overwritten. */
    public static final String ALREADY_PERFORMED = "CALLBACK_ALREADY_PERFORMED";
    /** The obligation was cancelled; nothing more can be recorded on it. */
    public static final String CANCELLED = "CALLBACK_CANCELLED";
    /** Spot checks audit performed callbacks only. */
    public static final String NOT_PERFORMED = "CALLBACK_NOT_PERFORMED";
    /** The callback's kind does not allow this method (details: field, method, allowedMethods). */
    public static final String METHOD_NOT_ALLOWED = "CALLBACK_METHOD_NOT_ALLOWED";
    /** The household declined the channel the method uses (details: field, channel, allowedMethods). */
    public static final String CHANNEL_DECLINED = "CALLBACK_CHANNEL_DECLINED";
    /** The performer is not an active member of the callback's office (details: field, staffId). */
    public static final String PERFORMER_UNKNOWN = "CALLBACK_PERFORMER_UNKNOWN";
    /** The performer has none of the roles that may perform this callback (details: field, requiredRoles). */
    public static final String PERFORMER_ROLE_NOT_ALLOWED = "CALLBACK_PERFORMER_ROLE_NOT_ALLOWED";
    /** The performer, or their department, handled the matter, and the kind avoids conflicts of interest. */
    public static final String CONFLICT_OF_INTEREST = "CALLBACK_CONFLICT_OF_INTEREST";
    /** The method needs the resident's signature or a recorded refusal (details: field, method, policy). */
    public static final String SIGNATURE_REQUIRED = "CALLBACK_SIGNATURE_REQUIRED";
    /** The method gives the resident nothing to sign, e.g. the phone (details: field, method). */
    public static final String SIGNATURE_NOT_POSSIBLE = "CALLBACK_SIGNATURE_NOT_POSSIBLE";
    /** An in-person callback started at or after the policy's latest hour (details: field, latestHour, zone). */
    public static final String TOO_LATE_FOR_IN_PERSON = "CALLBACK_TOO_LATE_FOR_IN_PERSON";
    /** A phone callback of a kind or office that records calls must name its recording (details: field). */
    public static final String RECORDING_REQUIRED = "CALLBACK_RECORDING_REQUIRED";
    /** The callback is said to have happened after it was recorded (details: field). */
    public static final String PERFORMED_IN_FUTURE = "CALLBACK_PERFORMED_IN_FUTURE";
    /** A callback cannot have been performed before it was scheduled (details: field, scheduledAt). */
    public static final String PERFORMED_BEFORE_SCHEDULED = "CALLBACK_PERFORMED_BEFORE_SCHEDULED";
    /** A promised reply, rectification or next callback is due no later than the callback itself (details: field). */
    public static final String DUE_NOT_AFTER_CALLBACK = "CALLBACK_DUE_NOT_AFTER_CALLBACK";
    /** No follow-up with this id was scheduled on the callback (details: itemId). */
    public static final String FOLLOW_UP_UNKNOWN = "CALLBACK_FOLLOW_UP_UNKNOWN";
    /** The follow-up was done before (details: itemId). */
    public static final String FOLLOW_UP_ALREADY_DONE = "CALLBACK_FOLLOW_UP_ALREADY_DONE";
    /** The checker is not an active member of the callback's office (details: field, staffId). */
    public static final String CHECKER_UNKNOWN = "CALLBACK_CHECKER_UNKNOWN";
    /** Only quality checkers audit callbacks (details: field, requiredRole). */
    public static final String CHECKER_NOT_QUALITY_CHECKER = "CALLBACK_CHECKER_NOT_QUALITY_CHECKER";
    /** A spot check with this id was recorded before (details: checkId). */
    public static final String SPOT_CHECK_EXISTS = "CALLBACK_SPOT_CHECK_EXISTS";
    /** A complaint or work order is raised for the callback's household, and this callback has none (details: field). */
    public static final String NO_HOUSEHOLD_TO_RAISE_FOR = "CALLBACK_NO_HOUSEHOLD_TO_RAISE_FOR";

    private CallbackRefusalCodes() {
    }
}
