package com.propcare.events.complaint;

/** 一般 / 重大 (domain §1.3). Invalid complaints are not a severity: they are closed by {@link ComplaintDeclaredInvalid}. */
public enum ComplaintSeverity {
    GENERAL, MAJOR
}
