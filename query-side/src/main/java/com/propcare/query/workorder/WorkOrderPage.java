package com.propcare.query.workorder;

import java.util.List;

/** One page of work orders and how many match in all. */
public record WorkOrderPage(List<WorkOrderView> items, long total, int page, int size) {
}
