package com.propcare.events.visit;

/** What an opinion raised by a resident is; a complaint also enters the complaint register (domain §3). */
public enum OpinionType {
    SUGGESTION, ENQUIRY, COMPLAINT, PRAISE
}
