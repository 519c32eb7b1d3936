package com.propcare.eventstore.deadletter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.bson.Document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The failed reactions of every processing group, read from the dead-letter store that all instances share, and
 * their retries. A retry runs where the group's processor runs: in this instance at once, otherwise as a request in
 * {@value #RETRY_REQUESTS} that the processing instance takes up on its next poll. A retried event is handled by the
 * same handlers as the first time; they derive the ids of what they create from the event, so a retry after a
 * partial success creates nothing twice.
 */
public class FailedReactions {

    static final String RETRY_REQUESTS = "dead_letter_retry_requests";
    private static final String GROUP_FIELD = "processingGroup";

    private final MongoCollection<Document> letters;
    private final MongoCollection<Document> retryRequests;
    private final Function<String, SequencedDeadLetterQueue<EventMessage<?>>> queueOfGroup;
    private final Supplier<EventProcessingConfiguration> processing;
    private final Clock clock;
    private final Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new ConcurrentHashMap<>();

    FailedReactions(MongoCollection<Document> letters, MongoCollection<Document> retryRequests,
                    Function<String, SequencedDeadLetterQueue<EventMessage<?>>> queueOfGroup,
                    Supplier<EventProcessingConfiguration> processing, Clock clock) {
        this.letters = letters;
        this.retryRequests = retryRequests;
        this.queueOfGroup = queueOfGroup;
        this.processing = processing;
        this.clock = clock;
    }

    /** Every failed reaction, the oldest first. */
    public List<FailedReaction> all() {
        List<FailedReaction> all = new ArrayList<>();
        for (String group : letters.distinct(GROUP_FIELD, String.class)) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
                all.add(summary(group, sequence));
            }
        }
        all.sort(Comparator.comparing(FailedReaction::failedAt));
        return all;
    }

    /** The failed reactions of one office, the oldest first. */
    public List<FailedReaction> ofOffice(String officeId) {
        return all().stream().filter(failed -> officeId.equals(failed.officeId())).toList();
    }

    public Optional<FailedReaction> find(String processingGroup, String sequence) {
        if (!queue(processingGroup).contains(sequence)) {
            return Optional.empty();
        }
        return Optional.of(summary(processingGroup, queue(processingGroup).deadLetterSequence(sequence)));
    }

    /** Retries one failed reaction: here when this instance processes its group, else by request. */
    public RetryOutcome retry(String processingGroup, String sequence) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> local = localProcessor(processingGroup);
        if (local.isEmpty()) {
            retryRequests.replaceOne(Filters.eq("_id", requestId(processingGroup, sequence)),
                                     new Document("_id", requestId(processingGroup, sequence))
                                             .append(GROUP_FIELD, processingGroup).append("sequence", sequence)
                                             .append("requestedAt", Date.from(clock.instant())),
                                     new ReplaceOptions().upsert(true));
            return RetryOutcome.REQUESTED;
        }
        retryRequests.deleteOne(Filters.eq("_id", requestId(processingGroup, sequence)));
        return local.get().process(letter -> sequence.equals(sequenceOf(letter)))
                ? RetryOutcome.HANDLED : RetryOutcome.STILL_FAILING;
    }

    /** Retries every failed reaction of the groups processed here, each sequence once; returns how many were handled. */
    public int retryAllHere() {
        int handled = 0;
        for (String group : letters.distinct(GROUP_FIELD, String.class)) {
            if (localProcessor(group).isEmpty()) {
                continue;
            }
            List<String> sequences = new ArrayList<>();
            queue(group).deadLetters().forEach(sequence -> sequences.add(sequenceOf(sequence.iterator().next())));
            for (String sequence : sequences) {
                if (retry(group, sequence) == RetryOutcome.HANDLED) {
                    handled++;
                }
            }
        }
        return handled;
    }

    /** Takes up the retries requested through another instance for the groups processed here. */
    public void retryRequestedHere() {
        List<Document> requested = retryRequests.find().into(new ArrayList<>());
        for (Document request : requested) {
            String group = request.getString(GROUP_FIELD);
            if (localProcessor(group).isPresent()) {
                retry(group, request.getString("sequence"));
            }
        }
    }

    private Optional<SequencedDeadLetterProcessor<EventMessage<?>>> localProcessor(String processingGroup) {
        return processing.get().sequencedDeadLetterProcessor(processingGroup);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return queues.computeIfAbsent(group, queueOfGroup);
    }

    private FailedReaction summary(String group, Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        List<DeadLetter<? extends EventMessage<?>>> waiting = new ArrayList<>();
        sequence.forEach(waiting::add);
        DeadLetter<? extends EventMessage<?>> first = waiting.get(0);
        String sequenceId = sequenceOf(first);
        Document request = retryRequests.find(Filters.eq("_id", requestId(group, sequenceId))).first();
        Object attempts = first.diagnostics().get(FailureRecording.ATTEMPTS);
        Object office = first.diagnostics().get(FailureRecording.OFFICE);
        return new FailedReaction(group, sequenceId, office instanceof String known ? known : null,
                                  first.message().getPayloadType().getSimpleName(), first.message().getIdentifier(),
                                  first.cause().map(cause -> cause.message()).orElse(null),
                                  first.cause().map(cause -> cause.type()).orElse(null), first.enqueuedAt(),
                                  first.lastTouched(), attempts instanceof Number number ? number.intValue() : 1,
                                  waiting.size(), request == null ? null : request.getDate("requestedAt").toInstant());
    }

    private static String sequenceOf(DeadLetter<?> letter) {
        return ((MongoDeadLetter<?>) letter).sequenceIdentifier();
    }

    private static String requestId(String group, String sequence) {
        return group + "/" + sequence;
    }
}
