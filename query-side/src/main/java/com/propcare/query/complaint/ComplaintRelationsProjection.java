package com.propcare.query.complaint;

import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCancelled;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderEvent;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderReworkRequested;
import com.propcare.events.workorder.WorkOrderSource;
import com.propcare.eventstore.ReadsEvents;
import com.propcare.query.complaint.ComplaintRelations.CallbackLink;
import com.propcare.query.complaint.ComplaintRelations.WorkOrderLink;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Keeps each complaint's callbacks and work orders ({@link ComplaintRelations}) as they change. An entry remembers
 * the version of its callback or work order it reflects, so a redelivered or replayed event changes nothing.
 */
@ReadsEvents(value = {CallbackEvent.class, WorkOrderEvent.class},
             ignores = {CallbackSpotChecked.class, FollowUpDone.class, FollowUpOverdue.class,
                        FollowUpScheduled.class})
@Component
@ProcessingGroup(ComplaintRelationsProjection.PROCESSING_GROUP)
class ComplaintRelationsProjection {

    static final String PROCESSING_GROUP = "complaint-relations";

    private final ComplaintRelationViews views;

    ComplaintRelationsProjection(ComplaintRelationViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CallbackScheduled event, @SequenceNumber long sequence) {
        if (event.subject().type() != SubjectType.COMPLAINT) {
            return;
        }
        String complaint = event.subject().id();
        String id = event.callbackId().value();
        views.link(id, complaint);
        views.change(complaint, relations -> callback(relations, id, sequence, current -> new CallbackLink(
                id, event.kind().value(), "SCHEDULED", event.due(), false, null, sequence)));
    }

    @EventHandler
    void on(CallbackPerformed event, @SequenceNumber long sequence) {
        changeCallback(event.callbackId().value(), sequence, current -> new CallbackLink(
                current.id(), current.kind(), "PERFORMED", current.due(), current.overdue(),
                event.result() == null ? null : event.result().name(), sequence));
    }

    @EventHandler
    void on(CallbackCancelled event, @SequenceNumber long sequence) {
        changeCallback(event.callbackId().value(), sequence, current -> new CallbackLink(
                current.id(), current.kind(), "CANCELLED", current.due(), current.overdue(), current.result(),
                sequence));
    }

    @EventHandler
    void on(CallbackOverdue event, @SequenceNumber long sequence) {
        changeCallback(event.callbackId().value(), sequence, current -> new CallbackLink(
                current.id(), current.kind(), current.status(), current.due(), true, current.result(), sequence));
    }

    @EventHandler
    void on(WorkOrderOpened event, @SequenceNumber long sequence) {
        if (event.source() != WorkOrderSource.COMPLAINT || event.sourceId() == null) {
            return;
        }
        String id = event.workOrderId().value();
        views.link(id, event.sourceId());
        views.change(event.sourceId(), relations -> workOrder(relations, id, sequence, current -> new WorkOrderLink(
                id, event.kind().name(), "OPEN", sequence)));
    }

    @EventHandler
    void on(WorkOrderAssigned event, @SequenceNumber long sequence) {
        changeWorkOrder(event.workOrderId().value(), sequence, "ASSIGNED");
    }

    @EventHandler
    void on(WorkOrderReworkRequested event, @SequenceNumber long sequence) {
        changeWorkOrder(event.workOrderId().value(), sequence, "ASSIGNED");
    }

    @EventHandler
    void on(WorkOrderCompleted event, @SequenceNumber long sequence) {
        changeWorkOrder(event.workOrderId().value(), sequence, "COMPLETED");
    }

    @EventHandler
    void on(WorkOrderCancelled event, @SequenceNumber long sequence) {
        changeWorkOrder(event.workOrderId().value(), sequence, "CANCELLED");
    }

    @QueryHandler
    ComplaintRelations handle(FindComplaintRelations query) {
        return views.find(query.complaintId().value())
                    .orElse(ComplaintRelations.none(query.complaintId().value()));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    private void changeCallback(String id, long sequence, UnaryOperator<CallbackLink> change) {
        views.complaintOf(id).ifPresent(complaint -> views.change(
                complaint, relations -> callback(relations, id, sequence,
                                                 current -> current == null ? null : change.apply(current))));
    }

    private void changeWorkOrder(String id, long sequence, String status) {
        views.complaintOf(id).ifPresent(complaint -> views.change(
                complaint, relations -> workOrder(relations, id, sequence, current -> current == null ? null
                        : new WorkOrderLink(current.id(), current.kind(), status, sequence))));
    }

    private static ComplaintRelations callback(ComplaintRelations relations, String id, long sequence,
                                               UnaryOperator<CallbackLink> change) {
        return new ComplaintRelations(relations.complaintId(), changed(relations.callbacks(), CallbackLink::id,
                                                                       CallbackLink::version, id, sequence, change),
                                      relations.workOrders());
    }

    private static ComplaintRelations workOrder(ComplaintRelations relations, String id, long sequence,
                                                UnaryOperator<WorkOrderLink> change) {
        return new ComplaintRelations(relations.complaintId(), relations.callbacks(),
                                      changed(relations.workOrders(), WorkOrderLink::id, WorkOrderLink::version, id,
                                              sequence, change));
    }

    /**
     * The links with the one of that id changed (or added, when the change makes one from nothing), unless it
     * reflects this version already; the same list when nothing changes.
     */
    private static <L> List<L> changed(List<L> links, Function<L, String> idOf, ToLongFunction<L> versionOf,
                                       String id, long sequence, UnaryOperator<L> change) {
        int at = links.stream().map(idOf).toList().indexOf(id);
        L current = at < 0 ? null : links.get(at);
        if (current != null && versionOf.applyAsLong(current) >= sequence) {
            return links;
        }
        L next = change.apply(current);
        if (next == null) {
            return links;
        }
        List<L> changed = new ArrayList<>(links);
        if (at < 0) {
            changed.add(next);
        } else {
            changed.set(at, next);
        }
        return changed;
    }
}
