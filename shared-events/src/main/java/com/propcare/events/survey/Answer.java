package com.propcare.events.survey;

/** One tick on a questionnaire category; basically satisfied (基本满意) counts as satisfied (domain §4). */
public enum Answer {
    SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED
}
