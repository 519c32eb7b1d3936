package com.propcare.events.workorder;

/** Where a work order came from; with the source's id it links the work order to its cause. */
public enum WorkOrderSource {
    HOUSEHOLD, COMPLAINT, CALLBACK, VISIT
}
