package com.propcare.command.support;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * A command that names a version ({@code If-Match}) older than the aggregate's is refused as stale before the
 * aggregate decides anything: the caller acted on a state it no longer has, so "412, read again" is the answer,
 * not whatever the newer state would refuse. Without this, Axon settles the version only at commit, after the
 * handler, and a handler's refusal (e.g. an illegal transition) would win.
 */
@Component
class StaleVersionFirst implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (target != null) {
                    ConflictResolution.getConflictResolver().detectConflicts(unseen -> !unseen.isEmpty());
                }
                return super.handle(message, target);
            }
        };
    }
}
