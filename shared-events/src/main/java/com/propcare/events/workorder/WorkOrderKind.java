package com.propcare.events.workorder;

/** What a work order is for (domain vocabulary); repair kinds have their own callback due times in policy. */
public enum WorkOrderKind {
    /** 零修: small repairs. */
    SMALL_REPAIR,
    SAFETY_FACILITY_REPAIR,
    LEAK_REPAIR,
    OTHER_REPAIR,
    /** 维修工程: larger repair works. */
    REPAIR_WORKS,
    /** 特约 / 有偿: a paid or special service with a contract period. */
    PAID_SERVICE,
    /** 求助: help given to a household. */
    HELP_SERVICE
}
