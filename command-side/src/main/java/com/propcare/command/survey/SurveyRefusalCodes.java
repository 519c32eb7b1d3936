package com.propcare.command.survey;

/** Stable codes of the survey refusals; details name the field. */
public final class SurveyRefusalCodes {

    public static final String FIELD_REQUIRED = "SURVEY_FIELD_REQUIRED";
    /** The period is not a year, a half (H1/H2), a quarter (Q1–Q4) or a month. */
    public static final String PERIOD_INVALID = "SURVEY_PERIOD_INVALID";
    /** The office has no household to survey. */
    public static final String NOBODY_TO_SURVEY = "SURVEY_NOBODY_TO_SURVEY";
    /** Collection has ended: the window passed or the office closed it. */
    public static final String CLOSED = "SURVEY_CLOSED";
    /** The household did not get a questionnaire of this campaign. */
    public static final String NOT_DISTRIBUTED = "SURVEY_NOT_DISTRIBUTED";
    /** The household returned one already (details: returnId, to correct instead). */
    public static final String DUPLICATE_RETURN = "SURVEY_DUPLICATE_RETURN";
    /** The return id was used before. */
    public static final String RETURN_EXISTS = "SURVEY_RETURN_EXISTS";
    /** No return with this id. */
    public static final String RETURN_UNKNOWN = "SURVEY_RETURN_UNKNOWN";
    /** A category the campaign does not ask about. */
    public static final String CATEGORY_NOT_ASKED = "SURVEY_CATEGORY_NOT_ASKED";
    /** A return received after it was entered. */
    public static final String RECEIVED_IN_FUTURE = "SURVEY_RECEIVED_IN_FUTURE";
    /** Rectifications are planned once collection has ended. */
    public static final String STILL_COLLECTING = "SURVEY_STILL_COLLECTING";
    /** The rectification id was used before. */
    public static final String RECTIFICATION_EXISTS = "SURVEY_RECTIFICATION_EXISTS";
    /** No rectification with this id. */
    public static final String RECTIFICATION_UNKNOWN = "SURVEY_RECTIFICATION_UNKNOWN";
    /** Completed or verified twice, or verified before it was completed. */
    public static final String RECTIFICATION_STATE = "SURVEY_RECTIFICATION_STATE";
    /** The owner cannot verify their own rectification. */
    public static final String VERIFIER_IS_OWNER = "SURVEY_VERIFIER_IS_OWNER";
    /** The deliverable was recorded before. */
    public static final String DELIVERABLE_DONE = "SURVEY_DELIVERABLE_DONE";

    private SurveyRefusalCodes() {
    }
}
