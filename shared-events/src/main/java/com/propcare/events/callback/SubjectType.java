package com.propcare.events.callback;

/** What kind of recorded matter a callback follows up. */
public enum SubjectType {
    COMPLAINT, WORK_ORDER, MATTER, SURVEY_RECTIFICATION, CALLBACK
}
