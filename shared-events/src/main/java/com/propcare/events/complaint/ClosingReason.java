package com.propcare.events.complaint;

/** Why a complaint was closed. */
public enum ClosingReason {
    COMPLAINANT_SATISFIED, INVALID
}
