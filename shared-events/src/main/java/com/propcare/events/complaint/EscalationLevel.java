package com.propcare.events.complaint;

/** Who an escalated complaint goes to (domain §1.6). */
public enum EscalationLevel {
    OFFICE_DIRECTOR, COMPANY_MANAGER, COMPANY_COMPLAINT_CENTRE, TASK_FORCE, MANAGEMENT_MEETING
}
