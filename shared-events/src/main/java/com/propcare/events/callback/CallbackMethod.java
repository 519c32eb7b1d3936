package com.propcare.events.callback;

/** How a callback reached the household [001 G]. */
public enum CallbackMethod {
    PHONE, IN_PERSON, LETTER, SMS, EMAIL, ONLINE,
    /** 《业主建议征询单》: a questionnaire left with the household. */
    QUESTIONNAIRE
}
