package com.propcare.command.callback;

import com.propcare.command.deadline.DueItem;
import com.propcare.command.deadline.OverdueCommands;
import com.propcare.events.callback.CallbackId;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** A callback's commitment that fell due unkept becomes {@link MarkFollowUpOverdue}. */
@Component
class OverdueFollowUps implements OverdueCommands {

    @Override
    public String type() {
        return CallbackDeadlines.FOLLOW_UP_TYPE;
    }

    @Override
    public Object markOverdue(DueItem item, Instant detectedAt) {
        return new MarkFollowUpOverdue(new CallbackId(item.targetId()), item.itemId(), detectedAt);
    }
}
