package com.propcare.events.reception;

/** How a walk-in was dealt with (domain §3, issue item 8). */
public enum ReceptionOutcome {
    ANSWERED_ON_SPOT, TURNED_INTO_OPINION, REFERRED
}
