package com.propcare.query.callback;

import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackEvent;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.CallbackSpotChecked;
import com.propcare.events.callback.FollowUpDone;
import com.propcare.events.callback.FollowUpOverdue;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.eventstore.ReadsEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Keeps {@code callback_views} and the callback indexes up to date. Every handler is idempotent: an event whose
 * sequence number the view already reflects is skipped, so replays and redeliveries change nothing.
 */
@ReadsEvents(CallbackEvent.class)
@Component
@ProcessingGroup(CallbackViewProjection.PROCESSING_GROUP)
class CallbackViewProjection {

    static final String PROCESSING_GROUP = "callback-views";

    private final CallbackViews views;

    CallbackViewProjection(CallbackViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CallbackScheduled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        views.apply(event.callbackId().value(), sequence,
                    absent -> CallbackView.scheduled(event).recorded(sequence, recordedAt));
    }

    @EventHandler
    void on(CallbackOverdue event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.callbackId(), sequence, recordedAt, view -> view.overdue(event));
    }

    @EventHandler
    void on(CallbackPerformed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.callbackId(), sequence, recordedAt, view -> view.performed(event));
    }

    @EventHandler
    void on(CallbackCancelled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.callbackId(), sequence, recordedAt, view -> view.cancelled(event));
    }

    @EventHandler
    void on(FollowUpScheduled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.callbackId(), sequence, recordedAt, view -> view.followUpScheduled(event));
    }

    @EventHandler
    void on(FollowUpOverdue event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.callbackId(), sequence, recordedAt, view -> view.followUpOverdue(event));
    }

    @EventHandler
    void on(FollowUpDone event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.callbackId(), sequence, recordedAt, view -> view.followUpDone(event));
    }

    @EventHandler
    void on(CallbackSpotChecked event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        update(event.callbackId(), sequence, recordedAt, view -> view.spotChecked(event));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    /** Applies an event that follows the scheduling, so the view must exist. */
    private void update(CallbackId id, long sequence, Instant recordedAt, UnaryOperator<CallbackView> change) {
        views.apply(id.value(), sequence, current -> {
            if (current == null) {
                throw new IllegalStateException("no view of callback " + id + " to apply event #" + sequence
                        + " to: its scheduling has not been projected");
            }
            return change.apply(current).recorded(sequence, recordedAt);
        });
    }
}
