package com.propcare.events.complaint;

/** How a complaint reached the office (domain §1.1). */
public enum ComplaintChannel {
    PHONE, HOTLINE, LETTER, FAX, WALK_IN, ONLINE, MAILBOX, TRANSFERRED_FROM_HQ, RAISED_IN_VISIT, RAISED_IN_CALLBACK
}
