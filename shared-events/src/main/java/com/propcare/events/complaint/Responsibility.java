package com.propcare.events.complaint;

/** Whether the office's own management or service fell short, or an outside party (外单位) that the office coordinates. */
public enum Responsibility {
    OWN, OUTSIDE_PARTY
}
