package com.propcare.command.callback;

import com.propcare.command.deadline.DueItem;
import com.propcare.command.deadline.OverdueCommands;
import com.propcare.events.callback.CallbackId;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** A callback obligation that fell due unperformed becomes {@link MarkCallbackOverdue}. */
@Component
class OverdueCallbacks implements OverdueCommands {

    @Override
    public String type() {
        return CallbackDeadlines.CALLBACK_TYPE;
    }

    @Override
    public Object markOverdue(DueItem item, Instant detectedAt) {
        return new MarkCallbackOverdue(new CallbackId(item.targetId()), detectedAt);
    }
}
