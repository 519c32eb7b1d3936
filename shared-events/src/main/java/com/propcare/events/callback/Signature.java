package com.propcare.events.callback;

/** The resident's signature on a callback or visit record: three states, never forced [000][003]. */
public enum Signature {
    SIGNED,
    /** The resident declined to sign; recorded, not forced. */
    REFUSED,
    /** Not asked for, e.g. on the phone, where the staff member is recorded instead. */
    NOT_REQUIRED
}
