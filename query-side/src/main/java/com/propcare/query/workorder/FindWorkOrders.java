package com.propcare.query.workorder;

/** An office's work orders, newest first, optionally of one kind, status or household. */
public record FindWorkOrders(String office, String kind, String status, String household, int page, int size) {
}
