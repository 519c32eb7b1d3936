package com.propcare.events.visit;

/** Why a household is visited (domain §3). */
public enum VisitKind {
    /** Within a month of the actual move-in (业主入伙) [001 A]. */
    NEW_OWNER,
    /** A festival visit to a key resident [001 D]. */
    HOLIDAY,
    /** A customer-service supervisor's routine visit, counted against the monthly quota [003 6]. */
    ROUTINE,
    /** The director's or a department head's monthly visits [001 F]. */
    DIRECTOR,
    /** After an accident in the home [001 C]. */
    AFTER_ACCIDENT
}
