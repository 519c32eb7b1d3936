package com.propcare.command.support;

import org.axonframework.commandhandling.CommandBus;
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

    AggregateVersionCapture(CommandBus commandBus, EventBus eventBus) {
        commandBus.registerHandlerInterceptor(this);
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

    /**
     * Axon's Spring Boot configuration also registers every handler interceptor bean with the command bus, so this
     * one may run twice around the same handler: the outer run keeps the inner run's outcome rather than wrapping it,
     * so that {@link CommandOutcome#result()} is the handler's own result.
     */
    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object result = chain.proceed();
        if (result instanceof CommandOutcome inner) {
            return inner;
        }
        CommandOutcome outcome = new CommandOutcome(result);
        unitOfWork.root().resources().put(OUTCOME, outcome);
        return outcome;
    }
}
