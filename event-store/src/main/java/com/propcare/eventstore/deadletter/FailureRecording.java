package com.propcare.eventstore.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.propcare.eventstore.EventLog;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every failure is kept: a reaction that is dropped is an obligation nobody owes any more. The diagnostics count the
 * attempts and name the office, so that the office's Today dashboard can show it.
 */
final class FailureRecording implements EnqueuePolicy<EventMessage<?>> {

    static final String OFFICE = "office";
    static final String ATTEMPTS = "attempts";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<EventLog> log;

    FailureRecording(Supplier<EventLog> log) {
        this.log = log;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        MetaData diagnostics = letter.diagnostics();
        int attempts = diagnostics.get(ATTEMPTS) instanceof Number number ? number.intValue() + 1 : 1;
        String office = diagnostics.get(OFFICE) instanceof String known ? known : officeOf(letter.message());
        return Decisions.requeue(cause, ignored -> {
            MetaData updated = diagnostics.and(ATTEMPTS, attempts);
            return office == null ? updated : updated.and(OFFICE, office);
        });
    }

    /** The event's own {@code officeId}, else the one of its aggregate's first event. */
    private String officeOf(EventMessage<?> message) {
        return ownOffice(message.getPayload()).orElseGet(() -> {
            if (!(message instanceof DomainEventMessage<?> domain)) {
                return null;
            }
            return log.get().first(domain.getAggregateIdentifier()).map(first -> {
                try {
                    JsonNode office = JSON.readTree(first.payload()).get("officeId");
                    return office != null && office.isTextual() ? office.asText() : null;
                } catch (Exception unreadable) {
                    return null;
                }
            }).orElse(null);
        });
    }

    private static Optional<String> ownOffice(Object payload) {
        try {
            Method accessor = payload.getClass().getMethod("officeId");
            Object office = accessor.invoke(payload);
            return Optional.ofNullable(office).map(Object::toString);
        } catch (ReflectiveOperationException none) {
            return Optional.empty();
        }
    }
}
