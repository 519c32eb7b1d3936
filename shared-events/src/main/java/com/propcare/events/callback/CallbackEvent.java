package com.propcare.events.callback;

/** Every fact in a callback obligation's stream. */
public sealed interface CallbackEvent
        permits CallbackScheduled, CallbackPerformed, CallbackOverdue, FollowUpScheduled, FollowUpDone,
                FollowUpOverdue, CallbackSpotChecked, CallbackCancelled {
    CallbackId callbackId();
}
