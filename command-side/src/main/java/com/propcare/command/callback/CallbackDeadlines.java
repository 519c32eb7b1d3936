package com.propcare.command.callback;

import com.propcare.command.deadline.Deadlines;
import com.propcare.command.deadline.DueItem;
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
import org.springframework.stereotype.Component;

/**
 * Keeps the deadline book in step with callback obligations and their follow-ups: an item is opened when one is
 * scheduled and closed when it is fulfilled, cancelled or marked overdue. Subscribing, so the item is written in the
 * unit of work of the command that created the obligation and no obligation can exist without its due item.
 */
@ReadsEvents(value = CallbackEvent.class,
             ignores = {CallbackSpotChecked.class})
@Component
@ProcessingGroup(CallbackDeadlines.PROCESSING_GROUP)
class CallbackDeadlines {

    static final String PROCESSING_GROUP = "callback-deadlines";
    /** The due item of a callback obligation itself. */
    static final String CALLBACK_TYPE = "callback";
    /** The due item of a commitment created by a callback record. */
    static final String FOLLOW_UP_TYPE = "callback-follow-up";

    private final Deadlines deadlines;

    CallbackDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    static String keyOf(CallbackId callback) {
        return "callback:" + callback.value();
    }

    static String keyOf(CallbackId callback, String itemId) {
        return keyOf(callback) + ":" + itemId;
    }

    @EventHandler
    void on(CallbackScheduled event) {
        deadlines.open(new DueItem(keyOf(event.callbackId()), CALLBACK_TYPE, event.callbackId().value(), null,
                                   event.officeId(), event.due()));
    }

    @EventHandler
    void on(CallbackPerformed event) {
        deadlines.close(keyOf(event.callbackId()));
    }

    @EventHandler
    void on(CallbackOverdue event) {
        deadlines.close(keyOf(event.callbackId()));
    }

    @EventHandler
    void on(CallbackCancelled event) {
        deadlines.close(keyOf(event.callbackId()));
    }

    @EventHandler
    void on(FollowUpScheduled event) {
        deadlines.open(new DueItem(keyOf(event.callbackId(), event.itemId()), FOLLOW_UP_TYPE,
                                   event.callbackId().value(), event.itemId(), event.officeId(), event.due()));
    }

    @EventHandler
    void on(FollowUpDone event) {
        deadlines.close(keyOf(event.callbackId(), event.itemId()));
    }

    @EventHandler
    void on(FollowUpOverdue event) {
        deadlines.close(keyOf(event.callbackId(), event.itemId()));
    }
}
