package com.propcare.query.complaint;

import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintEvent;
import com.propcare.events.complaint.ComplaintFlaggedAsRepeat;
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
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What each complaint event does to the complaint's view. The projection applies it to the stored view; an
 * auditor's as-of reconstruction folds the same changes over the events up to a chosen moment, so both always
 * show a complaint the same way.
 */
public final class ComplaintViewChanges {

    private ComplaintViewChanges() {
    }

    /**
     * The view as it stood after the given events of one complaint (in sequence order), evaluated at
     * {@code asOf}; empty when the events do not include the registration.
     */
    public static Optional<ComplaintView> replay(List<? extends DomainEventMessage<?>> events, Instant asOf) {
        return replay(null, events, asOf);
    }

    /** The same, starting from a snapshot of the view ({@code null}: from nothing) and the events after it. */
    public static Optional<ComplaintView> replay(ComplaintView snapshot, List<? extends DomainEventMessage<?>> events,
                                                 Instant asOf) {
        ComplaintView view = snapshot;
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof ComplaintEvent event) {
                view = of(event, message.getSequenceNumber()).apply(view)
                                                              .recorded(message.getSequenceNumber(),
                                                                        message.getTimestamp());
            }
        }
        return Optional.ofNullable(view).map(complaint -> complaint.asOf(asOf));
    }

    /** The change one event makes; it receives the current view ({@code null} before the registration). */
    static UnaryOperator<ComplaintView> of(ComplaintEvent event, long sequence) {
        if (event instanceof ComplaintRegistered registered) {
            return absent -> ComplaintView.registered(registered);
        }
        UnaryOperator<ComplaintView> change = following(event);
        return current -> {
            if (current == null) {
                throw new IllegalStateException("no view of complaint " + event.complaintId() + " to apply event #"
                        + sequence + " to: its registration has not been projected");
            }
            return change.apply(current);
        };
    }

    private static UnaryOperator<ComplaintView> following(ComplaintEvent event) {
        if (event instanceof ComplaintVerified) {
            return ComplaintView::verified;
        } else if (event instanceof ComplaintClassified e) {
            return view -> view.classified(e.severity(), e.responsibility());
        } else if (event instanceof ComplaintDeclaredInvalid) {
            // nothing to show yet: the ComplaintClosed(INVALID) that follows closes the view
            return UnaryOperator.identity();
        } else if (event instanceof HandlingDecided e) {
            return view -> view.handlingDecided(e.department());
        } else if (event instanceof ComplaintDispatched e) {
            return view -> view.dispatched(e.department(), e.due());
        } else if (event instanceof DispatchReceived) {
            return ComplaintView::dispatchReceived;
        } else if (event instanceof FirstReplyGiven e) {
            return view -> view.firstReplied(e.repliedAt(), e.onTime());
        } else if (event instanceof RemedialActionRecorded e) {
            return view -> view.remedied(e.recordedAt(), e.onTime());
        } else if (event instanceof CorrectiveActionPlanned e) {
            return view -> view.correctiveActionPlanned(e.actionId(), e.due());
        } else if (event instanceof CorrectiveActionCompleted e) {
            return view -> view.correctiveActionCompleted(e.actionId(), e.completedAt(), e.onTime());
        } else if (event instanceof ComplaintEscalated e) {
            return view -> view.escalated(e.level(), e.escalatedAt());
        } else if (event instanceof HandlingResultReported e) {
            return view -> view.resultReported(e.result());
        } else if (event instanceof ComplainantConfirmed e) {
            return view -> view.confirmed(e.satisfied());
        } else if (event instanceof ComplaintReviewRequested) {
            return ComplaintView::reviewRequested;
        } else if (event instanceof ComplaintReopened) {
            return ComplaintView::reopened;
        } else if (event instanceof ComplaintClosed e) {
            return view -> view.closed(e.closedAt(), e.reason());
        } else if (event instanceof ComplaintFlaggedAsRepeat e) {
            return view -> view.flaggedAsRepeat(e.previousComplaint(), e.specialMeasuresDue());
        }
        throw new IllegalArgumentException("unknown complaint event " + event.getClass().getName());
    }
}
