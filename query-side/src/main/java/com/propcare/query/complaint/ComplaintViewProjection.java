package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.eventstore.ReadsEvents;
import com.propcare.query.support.ViewUpdates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Keeps {@code complaint_views} and {@code complaint_office_index} up to date and pushes each new view to the
 * subscribers of {@link FindComplaint}. Every handler is idempotent: an event whose sequence number the view
 * already reflects is skipped, so replays and redeliveries (e.g. after a claim was taken over) change nothing.
 */
@ReadsEvents(ComplaintEvent.class)
@Component
@ProcessingGroup(ComplaintViewProjection.PROCESSING_GROUP)
class ComplaintViewProjection {

    static final String PROCESSING_GROUP = "complaint-views";

    private final ComplaintViews views;
    private final ComplaintOfficeIndex officeIndex;
    private final ComplaintViewSnapshots snapshots;
    private final ViewUpdates<FindComplaint> updates;
    private final Clock clock;

    ComplaintViewProjection(ComplaintViews views, ComplaintOfficeIndex officeIndex, ComplaintViewSnapshots snapshots,
                            QueryUpdateEmitter updates, Clock clock) {
        this.views = views;
        this.officeIndex = officeIndex;
        this.snapshots = snapshots;
        this.updates = new ViewUpdates<>(updates, FindComplaint.class, query -> query.complaintId().value());
        this.clock = clock;
    }

    @EventHandler
    void on(ComplaintEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            TrackingToken token) {
        apply(event.complaintId(), sequence, recordedAt, token.position().orElse(-1),
              ComplaintViewChanges.of(event, sequence));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
        officeIndex.deleteAll();
        snapshots.deleteAll();
    }

    private void apply(ComplaintId id, long sequence, Instant recordedAt, long position,
                       UnaryOperator<ComplaintView> change) {
        views.apply(id, sequence, current -> {
            ComplaintView next = change.apply(current).recorded(sequence, recordedAt);
            // the index and the snapshot are written before the view: if a write fails, the redelivered event
            // still finds the old view and writes them all again
            officeIndex.recordChange(current, next);
            if (snapshots.due(sequence)) {
                snapshots.save(next, position);
            }
            return next;
        }).ifPresent(this::publish);
    }

    private void publish(ComplaintView view) {
        updates.changed(view.id().value(), () -> view.asOf(clock.instant()));
    }
}
