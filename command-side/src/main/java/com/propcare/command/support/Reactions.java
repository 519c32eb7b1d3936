package com.propcare.command.support;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Sends the commands a policy decided, in order, while the event that set them off is handled. A creation that finds
 * its aggregate there already was made by an earlier delivery of the same event: done. A concurrent change to the
 * target is tried again a few times. Anything else (a refusal included) fails the handling, so the event goes to its
 * processor's dead letters with the cause, is shown, and is retried; nothing is dropped with a log line.
 */
@Component
public class Reactions {

    private static final int ATTEMPTS_ON_CONFLICT = 3;

    private final CommandGateway commands;

    public Reactions(CommandGateway commands) {
        this.commands = commands;
    }

    public void send(List<?> decided) {
        decided.forEach(this::send);
    }

    public void send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(command);
                return;
            } catch (RuntimeException e) {
                if (causedBy(e, AggregateStreamCreationException.class)) {
                    return;
                }
                if (!causedBy(e, ConcurrencyException.class) || attempt == ATTEMPTS_ON_CONFLICT) {
                    throw e;
                }
            }
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
