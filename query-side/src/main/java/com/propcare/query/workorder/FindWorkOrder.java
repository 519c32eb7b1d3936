package com.propcare.query.workorder;

/** One work order by id; answers null when there is none. */
public record FindWorkOrder(String workOrderId) {
}
