package com.propcare.query.workorder;

import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCancelled;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderEvent;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderReworkRequested;
import com.propcare.eventstore.ReadsEvents;
import com.propcare.query.support.ViewUpdates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Builds the work order views from the work order events; replays and redeliveries change nothing. */
@ReadsEvents(WorkOrderEvent.class)
@Component
@ProcessingGroup("work-order-views")
class WorkOrderViewProjection {

    private final WorkOrderViews views;
    private final ViewUpdates<FindWorkOrder> updates;

    WorkOrderViewProjection(WorkOrderViews views, QueryUpdateEmitter updates) {
        this.views = views;
        this.updates = new ViewUpdates<>(updates, FindWorkOrder.class, FindWorkOrder::workOrderId);
    }

    @EventHandler
    void on(WorkOrderOpened event, @SequenceNumber long sequence) {
        String id = event.workOrderId().value();
        emit(views.apply(id, sequence, nothingYet -> new WorkOrderView(
                id, event.officeId().value(), event.householdId().value(), event.kind().name(),
                event.description(), event.source().name(), event.sourceId(),
                event.contract() == null ? null : event.contract().start(),
                event.contract() == null ? null : event.contract().end(), "OPEN", event.openedAt(),
                event.openedBy().value(), null, null, null, null, null, null, null, null, sequence)));
    }

    @EventHandler
    void on(WorkOrderAssigned event, @SequenceNumber long sequence) {
        emit(views.apply(event.workOrderId().value(), sequence, view -> opened(view, event.workOrderId()).assigned(
                event.department().value(), event.assignee() == null ? null : event.assignee().value(),
                event.assignedAt(), sequence)));
    }

    @EventHandler
    void on(WorkOrderCompleted event, @SequenceNumber long sequence) {
        emit(views.apply(event.workOrderId().value(), sequence, view -> opened(view, event.workOrderId()).completed(
                event.performedBy().value(), event.notes(), event.completedAt(), sequence)));
    }

    @EventHandler
    void on(WorkOrderReworkRequested event, @SequenceNumber long sequence) {
        emit(views.apply(event.workOrderId().value(), sequence,
                         view -> opened(view, event.workOrderId()).reworkRequested(sequence)));
    }

    @EventHandler
    void on(WorkOrderCancelled event, @SequenceNumber long sequence) {
        emit(views.apply(event.workOrderId().value(), sequence, view -> opened(view, event.workOrderId())
                .cancelled(event.reason(), event.cancelledAt(), sequence)));
    }

    private static WorkOrderView opened(WorkOrderView view, WorkOrderId id) {
        if (view == null) {
            throw new IllegalStateException("work order " + id + " changed before it was opened");
        }
        return view;
    }

    private void emit(Optional<WorkOrderView> changed) {
        changed.ifPresent(view -> updates.changed(view.id(), () -> view));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
