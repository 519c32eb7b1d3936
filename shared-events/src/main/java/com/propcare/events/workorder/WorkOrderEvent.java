package com.propcare.events.workorder;

/** Every fact in a work order's stream. */
public sealed interface WorkOrderEvent permits WorkOrderOpened, WorkOrderAssigned, WorkOrderCompleted,
        WorkOrderCancelled, WorkOrderReworkRequested {
    WorkOrderId workOrderId();
}
