package com.propcare.events.callback;

/** What the household said of the matter the callback was about. */
public enum CallbackResult {
    SATISFIED, NOT_SATISFIED
}
