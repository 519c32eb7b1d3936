package com.propcare.command.callback;

import com.propcare.command.complaint.ComplaintCallbacks;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackScheduled;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A callback's stage from its own events, read from the start (not its snapshot) by exact key. */
@Component
class CallbackStreamStages implements ComplaintCallbacks {

    private final EventStorageEngine events;

    CallbackStreamStages(EventStorageEngine events) {
        this.events = events;
    }

    @Override
    public Optional<Stage> stageOf(CallbackId callback) {
        Stage[] stage = {null};
        events.readEvents(callback.value(), 0).asStream().forEach(event -> {
            Object payload = event.getPayload();
            if (payload instanceof CallbackScheduled) {
                stage[0] = Stage.SCHEDULED;
            } else if (payload instanceof CallbackPerformed) {
                stage[0] = Stage.PERFORMED;
            } else if (payload instanceof CallbackCancelled) {
                stage[0] = Stage.CANCELLED;
            }
        });
        return Optional.ofNullable(stage[0]);
    }
}
