package com.propcare.events.registry;

/** What a member of staff may be asked to do; callbacks, visits and spot checks are assigned by role. */
public enum StaffRole {
    DIRECTOR, DEPARTMENT_HEAD, CUSTOMER_SERVICE_SUPERVISOR, CLERK, REPAIR_LEAD, QUALITY_CHECKER
}
