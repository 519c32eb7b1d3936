package com.propcare.events.visit;

/** How a visit took place; a visit may also be by phone, at the office, outdoors or by questionnaire [003]. */
public enum VisitMethod {
    IN_PERSON, PHONE, AT_OFFICE, OUTDOORS, QUESTIONNAIRE
}
