package com.propcare.events.callback;

import com.propcare.events.workorder.WorkOrderKind;

/** A work order the performer opened from a callback's findings; it names the callback as its source. */
public record RaisedWorkOrder(WorkOrderKind kind, String description) {
}
