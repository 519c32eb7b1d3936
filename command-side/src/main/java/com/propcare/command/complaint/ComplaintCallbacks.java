package com.propcare.command.complaint;

import com.propcare.events.callback.CallbackId;
import com.propcare.events.complaint.ComplaintId;

import java.util.Optional;

/**
 * Where a complaint's callback stands, for the rule that a director's recorded decision does not pre-empt a callback
 * still to be made. Answered by the callback capability from the callback's own stream.
 */
public interface ComplaintCallbacks {

    /** Empty while the callback is not scheduled yet (its trigger runs a moment after the result is reported). */
    Optional<Stage> stageOf(CallbackId callback);

    enum Stage { SCHEDULED, PERFORMED, CANCELLED }

    /** The callback a reported result calls for is named after the result's event: its trigger derives the same id. */
    static CallbackId callbackFor(ComplaintId complaint, long resultSequence) {
        return new CallbackId("cb-" + complaint + "-" + resultSequence);
    }
}
