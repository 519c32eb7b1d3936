package com.propcare.query.support;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The writes of one event processor batch, held while its events are handled and written together after the last
 * one: a view changed by several events of the batch is written once, and the views of the batch go out in one bulk
 * write per collection instead of a round trip per event. {@link #flushAfterLastEvent} writes them before the
 * processor stores its token (which it does first thing when the batch commits), so a failed write fails the batch
 * and its events are handled again instead of being passed over; the batch's commit writes whatever is left.
 * <p>
 * Field writes ({@link #setFields}: indexes kept beside the views) go first, the views last: if a write fails,
 * the redelivered events still find the views as they were and compute the rest again.
 */
public final class ProcessorBatch {

    private static final String RESOURCE = ProcessorBatch.class.getName();

    private final BatchingUnitOfWork<?> events;
    private final PendingWrites fieldWrites = new PendingWrites();
    private final Map<String, Object> states = new LinkedHashMap<>();
    private final List<Runnable> flushes = new ArrayList<>();

    private ProcessorBatch(BatchingUnitOfWork<?> events) {
        this.events = events;
    }

    /** The batch of the event being handled; empty outside an event processor's unit of work. */
    public static Optional<ProcessorBatch> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (!(root instanceof BatchingUnitOfWork<?> events)) {
            return Optional.empty();
        }
        return Optional.of(root.getOrComputeResource(RESOURCE, name -> {
            ProcessorBatch batch = new ProcessorBatch(events);
            root.onPrepareCommit(unitOfWork -> batch.flush());
            return batch;
        }));
    }

    /** Flushes the batch once its last event is handled; registered for every processor of the query side. */
    public static MessageHandlerInterceptor<EventMessage<?>> flushAfterLastEvent() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
                ProcessorBatch written = unitOfWork.root().getResource(RESOURCE);
                if (written != null) {
                    written.flush();
                }
            }
            return result;
        };
    }

    /** The payloads of the batch's events, e.g. to read every view they will change at once. */
    public List<Object> payloads() {
        return events.getMessages().stream().<Object>map(Message::getPayload).toList();
    }

    /** Sets fields of one document: within a batch held with the batch's field writes, outside one written at once. */
    public static void setFields(MongoCollection<Document> collection, String id, Map<String, ?> fields) {
        writeFields(writes -> fields.forEach((path, value) -> writes.set(collection, id, path, value)));
    }

    /** Removes fields of one document, held or written at once like {@link #setFields}. */
    public static void unsetFields(MongoCollection<Document> collection, String id, Collection<String> paths) {
        writeFields(writes -> paths.forEach(path -> writes.unset(collection, id, path)));
    }

    /** The top-level fields the current batch set on a document and has not written yet. */
    public static Optional<Document> pendingFields(MongoCollection<Document> collection, String id) {
        return current().flatMap(batch -> batch.fieldWrites.pendingFields(collection, id));
    }

    private static void writeFields(Consumer<PendingWrites> change) {
        Optional<ProcessorBatch> batch = current();
        PendingWrites writes = batch.map(held -> held.fieldWrites).orElseGet(PendingWrites::new);
        change.accept(writes);
        if (batch.isEmpty()) {
            writes.flush();
        }
    }

    /**
     * The batch's state under {@code name}, created on first use; {@code flush} writes it when the batch is flushed,
     * after the field writes, in the order the states were first used.
     */
    @SuppressWarnings("unchecked")
    public <T> T state(String name, Supplier<T> create, Consumer<T> flush) {
        return (T) states.computeIfAbsent(name, key -> {
            T state = create.get();
            flushes.add(() -> flush.accept(state));
            return state;
        });
    }

    /** Writes everything held so far; the states stay, so later reads in the batch still see what was written. */
    public void flush() {
        fieldWrites.flush();
        flushes.forEach(Runnable::run);
    }
}
