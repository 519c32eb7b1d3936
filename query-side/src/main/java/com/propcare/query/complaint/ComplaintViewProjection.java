package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintReopened;
import com.propcare.events.complaint.ComplaintReviewRequested;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.CorrectiveActionCompleted;
import com.propcare.events.complaint.CorrectiveActionPlanned;
import com.propcare.events.complaint.DispatchReceived;
import com.propcare.events.complaint.FirstReplyGiven;
import com.propcare.events.complaint.HandlingDecided;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.complaint.RemedialActionRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
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
@Component
@ProcessingGroup(ComplaintViewProjection.PROCESSING_GROUP)
class ComplaintViewProjection {

    static final String PROCESSING_GROUP = "complaint-views";

    private final ComplaintViews views;
    private final ComplaintOfficeIndex officeIndex;
    private final QueryUpdateEmitter updates;
    private final Clock clock;

    ComplaintViewProjection(ComplaintViews views, ComplaintOfficeIndex officeIndex, QueryUpdateEmitter updates,
                            Clock clock) {
        this.views = views;
        this.officeIndex = officeIndex;
        this.updates = updates;
        this.clock = clock;
    }

    @EventHandler
    void on(ComplaintRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        apply(event.complaintId(), sequence, recordedAt, absent -> ComplaintView.registered(event));
    }

    @EventHandler
    void on(ComplaintVerified event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, ComplaintView::verified);
    }

    @EventHandler
    void on(ComplaintClassified event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt,
                view -> view.classified(event.severity(), event.responsibility()));
    }

    /** Nothing to show yet: the ComplaintClosed(INVALID) that follows closes the view. */
    @EventHandler
    void on(ComplaintDeclaredInvalid event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, UnaryOperator.identity());
    }

    @EventHandler
    void on(HandlingDecided event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, view -> view.handlingDecided(event.department()));
    }

    @EventHandler
    void on(ComplaintDispatched event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, view -> view.dispatched(event.department(), event.due()));
    }

    @EventHandler
    void on(DispatchReceived event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, ComplaintView::dispatchReceived);
    }

    @EventHandler
    void on(FirstReplyGiven event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt,
                view -> view.firstReplied(event.repliedAt(), event.onTime()));
    }

    @EventHandler
    void on(RemedialActionRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, view -> view.remedied(event.recordedAt(), event.onTime()));
    }

    @EventHandler
    void on(CorrectiveActionPlanned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt,
                view -> view.correctiveActionPlanned(event.actionId(), event.due()));
    }

    @EventHandler
    void on(CorrectiveActionCompleted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt,
                view -> view.correctiveActionCompleted(event.actionId(), event.completedAt(), event.onTime()));
    }

    @EventHandler
    void on(ComplaintEscalated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, view -> view.escalated(event.level(), event.escalatedAt()));
    }

    @EventHandler
    void on(HandlingResultReported event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, view -> view.resultReported(event.result()));
    }

    @EventHandler
    void on(ComplainantConfirmed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, view -> view.confirmed(event.satisfied()));
    }

    @EventHandler
    void on(ComplaintReviewRequested event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, ComplaintView::reviewRequested);
    }

    @EventHandler
    void on(ComplaintReopened event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, ComplaintView::reopened);
    }

    @EventHandler
    void on(ComplaintClosed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt, view -> view.closed(event.closedAt(), event.reason()));
    }

    @EventHandler
    void on(ComplaintFlaggedAsRepeat event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.complaintId(), sequence, recordedAt,
                view -> view.flaggedAsRepeat(event.previousComplaint(), event.specialMeasuresDue()));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
        officeIndex.deleteAll();
    }

    /** Applies an event that follows the registration, so the view must exist. */
    private void update(ComplaintId id, long sequence, Instant recordedAt, UnaryOperator<ComplaintView> change) {
        apply(id, sequence, recordedAt, current -> {
            if (current == null) {
                throw new IllegalStateException("no view of complaint " + id + " to apply event #" + sequence
                        + " to: its registration has not been projected");
            }
            return change.apply(current);
        });
    }

    private void apply(ComplaintId id, long sequence, Instant recordedAt, UnaryOperator<ComplaintView> change) {
        views.apply(id, sequence, current -> {
            ComplaintView next = change.apply(current).recorded(sequence, recordedAt);
            // the index is written before the view: if either write fails, the redelivered event still finds the
            // old view and writes both again
            officeIndex.recordChange(current, next);
            return next;
        }).ifPresent(this::publish);
    }

    private void publish(ComplaintView view) {
        updates.emit(FindComplaint.class, query -> query.complaintId().equals(view.id()), view.asOf(clock.instant()));
    }
}
