package com.propcare.events.policy;

/** The kinds of callback (回访) of domain §2, each with its own trigger, due time, performers and rate. */
public enum CallbackKind {
    /** After a complaint is resolved. */
    COMPLAINT,
    /** After a small repair (零修 / 请修). */
    SMALL_REPAIR,
    /** After a repair of safety facilities. */
    SAFETY_FACILITY_REPAIR,
    /** After a leak repair. */
    LEAK_REPAIR,
    /** After any other repair. */
    OTHER_REPAIR,
    /** After repair works (维修工程). */
    REPAIR_WORKS,
    /** During and after a paid or special service (特约 / 有偿). */
    PAID_SERVICE,
    /** After each service in the first month of a new service. */
    NEW_SERVICE,
    /** After an accident (事故) in a home was handled. */
    ACCIDENT,
    /** After a community activity. */
    COMMUNITY_ACTIVITY,
    /** After any other service. */
    OTHER_SERVICES,
    /** After a rectification that a satisfaction survey asked for. */
    SURVEY_FOLLOW_UP
}
