package com.propcare.query.workorder;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the work order queries from the views. */
@Component
class WorkOrderQueries {

    private final WorkOrderViews views;

    WorkOrderQueries(WorkOrderViews views) {
        this.views = views;
    }

    @QueryHandler
    WorkOrderView handle(FindWorkOrder query) {
        return views.find(query.workOrderId()).orElse(null);
    }

    @QueryHandler
    WorkOrderPage handle(FindWorkOrders query) {
        return views.list(query);
    }
}
