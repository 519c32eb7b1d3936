package com.propcare.query.complaint;

import java.time.Instant;
import java.util.List;

/**
 * What a complaint led to, each as it stands now: the callbacks that follow its results and the work orders opened
 * from it. A callback and a work order name their complaint themselves ({@code subject}, {@code sourceId}).
 */
public record ComplaintRelations(String complaintId, List<CallbackLink> callbacks, List<WorkOrderLink> workOrders) {

    public ComplaintRelations {
        callbacks = List.copyOf(callbacks);
        workOrders = List.copyOf(workOrders);
    }

    static ComplaintRelations none(String complaintId) {
        return new ComplaintRelations(complaintId, List.of(), List.of());
    }

    /**
     * @param status  SCHEDULED, PERFORMED or CANCELLED
     * @param result  the complainant's verdict once performed (SATISFIED, NOT_SATISFIED, …)
     * @param version the callback's version this entry reflects
     */
    public record CallbackLink(String id, String kind, String status, Instant due, boolean overdue, String result,
                               long version) {
    }

    /**
     * @param status  OPEN, ASSIGNED, COMPLETED or CANCELLED
     * @param version the work order's version this entry reflects
     */
    public record WorkOrderLink(String id, String kind, String status, long version) {
    }
}
