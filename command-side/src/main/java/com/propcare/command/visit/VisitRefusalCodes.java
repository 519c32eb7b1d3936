package com.propcare.command.visit;

/** The stable codes of refused visit, opinion and planning commands; part of the API. */
public final class VisitRefusalCodes {

    /** Only routine, director and after-accident visits are scheduled by hand; the others have triggers. */
    public static final String VISIT_KIND_NOT_BY_HAND = "VISIT_KIND_NOT_BY_HAND";
    public static final String VISIT_DUE_IN_THE_PAST = "VISIT_DUE_IN_THE_PAST";
    public static final String VISIT_ALREADY_RECORDED = "VISIT_ALREADY_RECORDED";
    public static final String VISIT_SKIPPED = "VISIT_SKIPPED";
    /** An in-person visit is appointed first, at a time the residents are home [001]. */
    public static final String VISIT_APPOINTMENT_REQUIRED = "VISIT_APPOINTMENT_REQUIRED";
    /** No in-person visit at or after the policy's latest hour (22:00 by default) [003]. */
    public static final String TOO_LATE_FOR_IN_PERSON = "TOO_LATE_FOR_IN_PERSON";
    public static final String VISIT_PERFORMER_UNKNOWN = "VISIT_PERFORMER_UNKNOWN";
    public static final String VISIT_PERFORMER_LEFT = "VISIT_PERFORMER_LEFT";
    public static final String VISIT_PERFORMER_ROLE_REQUIRED = "VISIT_PERFORMER_ROLE_REQUIRED";
    /** In person the resident signs or refuses to sign; "not required" is for visits without a form to sign. */
    public static final String VISIT_SIGNATURE_REQUIRED = "VISIT_SIGNATURE_REQUIRED";
    /** Nobody signs on the phone: the staff member is recorded instead [000]. */
    public static final String VISIT_SIGNATURE_NOT_POSSIBLE = "VISIT_SIGNATURE_NOT_POSSIBLE";
    public static final String VISIT_TIME_IN_FUTURE = "VISIT_TIME_IN_FUTURE";
    public static final String HOLIDAY_WITHOUT_KEY_RESIDENTS = "HOLIDAY_WITHOUT_KEY_RESIDENTS";
    public static final String MASS_MOVE_IN_ENDS_BEFORE_IT_STARTS = "MASS_MOVE_IN_ENDS_BEFORE_IT_STARTS";
    /** A complaint enters the register under a household, so an opinion filed as one must name it. */
    public static final String OPINION_COMPLAINT_NEEDS_HOUSEHOLD = "OPINION_COMPLAINT_NEEDS_HOUSEHOLD";
    public static final String OPINION_ALREADY_ANSWERED = "OPINION_ALREADY_ANSWERED";

    private VisitRefusalCodes() {
    }
}
