package com.propcare.command.workorder;

import com.propcare.command.support.DomainRefusal;

import java.util.Arrays;
import java.util.Map;

/** A work order's lifecycle: open → assigned (and reassigned) → completed, back to assigned when
 * a callback asks for rework; or cancelled before completion. */
enum WorkOrderStatus {
    OPEN, ASSIGNED, COMPLETED, CANCELLED;

    void requireOneOf(Object command, WorkOrderStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(this::equals)) {
            String attempted = command.getClass().getSimpleName();
            throw new DomainRefusal("WORK_ORDER_ILLEGAL_TRANSITION",
                                    attempted + " is not allowed while the work order is " + name(),
                                    Map.of("currentState", name(), "attempted", attempted));
        }
    }
}
