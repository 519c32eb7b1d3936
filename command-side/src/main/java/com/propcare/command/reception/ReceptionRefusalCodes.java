package com.propcare.command.reception;

/** The stable codes of refused reception-log and meeting commands; part of the API. */
public final class ReceptionRefusalCodes {

    /** A referred visitor's entry names whom they were referred to. */
    public static final String REFERRED_TO_REQUIRED = "RECEPTION_REFERRED_TO_REQUIRED";
    /** "Turned into an opinion" needs at least one opinion; opinions with another outcome are welcome too. */
    public static final String OPINION_REQUIRED = "RECEPTION_OPINION_REQUIRED";
    public static final String RECEIVED_IN_FUTURE = "RECEPTION_RECEIVED_IN_FUTURE";
    public static final String MEETING_IN_FUTURE = "MEETING_HELD_IN_FUTURE";
    /** The attendee count includes every named attendee household. */
    public static final String MEETING_ATTENDEES_EXCEED_COUNT = "MEETING_ATTENDEES_EXCEED_COUNT";

    private ReceptionRefusalCodes() {
    }
}
