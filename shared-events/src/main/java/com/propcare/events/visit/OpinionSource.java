package com.propcare.events.visit;

/** Where an opinion was raised. */
public enum OpinionSource {
    VISIT, RECEPTION, MEETING
}
