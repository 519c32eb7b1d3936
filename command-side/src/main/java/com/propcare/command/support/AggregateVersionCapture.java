package com.propcare.command.support;

import com.propcare.eventstore.LogPositions;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Answers every command with a {@link CommandOutcome}: the command handler interceptor puts an empty outcome into
 * the unit of work, and the event bus's dispatch interceptor (which runs when the unit of work prepares its commit)
 * records each event and its sequence number in it.
 */
@Component
class AggregateVersionCapture implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String OUTCOME = AggregateVersionCapture.class.getName() + ".outcome";

    /** Axon's Spring Boot configuration registers this bean with the command bus as a handler interceptor. */
    AggregateVersionCapture(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(events -> (index, event) -> {
            if (CurrentUnitOfWork.isStarted()) {
                CommandOutcome outcome = CurrentUnitOfWork.get().root().getResource(OUTCOME);
                if (outcome != null) {
                    outcome.recordEvent(event.getPayload(), event instanceof DomainEventMessage<?> domain
                            ? domain.getSequenceNumber() : null);
                }
            }
            return event;
        });
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandOutcome outcome = new CommandOutcome(chain.proceed());
        unitOfWork.root().resources().put(OUTCOME, outcome);
        unitOfWork.afterCommit(committed -> LogPositions.lastStored(committed).ifPresent(outcome::stored));
        return outcome;
    }
}
