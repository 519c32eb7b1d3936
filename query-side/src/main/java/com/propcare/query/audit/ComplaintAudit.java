package com.propcare.query.audit;

import com.propcare.events.complaint.ComplaintId;
import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.eventstore.EventLog;
import com.propcare.query.complaint.ComplaintView;
import com.propcare.query.complaint.ComplaintViewChanges;
import com.propcare.query.complaint.ComplaintViewSnapshots.Snapshot;
import com.propcare.query.complaint.ComplaintViewSnapshots;
import com.propcare.query.ledger.AuditAggregates;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.ledger.LedgerEntry;
import com.propcare.query.support.ResourceNotFound;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A complaint as an auditor sees it: every event of the complaint and of everything linked to it, and its state
 * at any earlier moment, rebuilt from the events: from the registration on, or from the nearest earlier snapshot
 * the complaint's projection took of its view (so that the cost does not grow with the history; an auditor who
 * wants no stored copy involved asks for the full replay).
 */
@Component
public class ComplaintAudit {

    private final EventLog log;
    private final AuditAggregates aggregates;
    private final AuditLedger ledger;
    private final HistoryEntries entries;
    private final ComplaintViewSnapshots snapshots;

    ComplaintAudit(EventLog log, AuditAggregates aggregates, AuditLedger ledger, HistoryEntries entries,
                   ComplaintViewSnapshots snapshots) {
        this.log = log;
        this.aggregates = aggregates;
        this.ledger = ledger;
        this.entries = entries;
        this.snapshots = snapshots;
    }

    /** The complaint's linked aggregate and its events up to the chosen moment. */
    public record LinkedState(String aggregateId, String aggregateType, int events, String lastEventType,
                              Instant lastRecordedAt, long lastPosition) {
    }

    /**
     * @param position the last event (of the complaint or anything linked) included
     * @param asOf     the moment the view's deadlines are judged at
     */
    public record AsOf(String complaintId, long position, Instant asOf, ComplaintView complaint,
                       List<LinkedState> linked) {
    }

    /** Every event of the complaint and its linked aggregates, in global order. */
    public List<HistoryEntry> history(ComplaintId id) {
        List<StoredEvent> events = new ArrayList<>(complaintEvents(id));
        for (String linked : linkedTo(id)) {
            events.addAll(log.aggregate(linked));
        }
        events.sort(Comparator.comparingLong(StoredEvent::position));
        Map<Long, LedgerEntry> chained = ledger.entries(events.stream().map(StoredEvent::position).toList());
        return events.stream().map(event -> entries.of(event, chained.get(event.position()))).toList();
    }

    /** The complaint as it stood after the event at {@code position} (or the last one at or before {@code at}). */
    public AsOf asOf(ComplaintId id, Long position, Instant at, boolean fullReplay) {
        BiPredicate<Long, Instant> upTo = position != null ? (place, time) -> place <= position
                : (place, time) -> !time.isAfter(at);
        Predicate<StoredEvent> included = event -> upTo.test(event.position(), event.timestamp());
        Optional<Snapshot> snapshot = fullReplay ? Optional.empty()
                : snapshots.latest(id, mark -> upTo.test(mark.position(), mark.recordedAt()));
        List<StoredEvent> events = snapshot.map(start -> log.aggregate(id.value(), start.mark().sequence() + 1,
                                                                       start.nextSequence() - 1))
                                           .orElseGet(() -> complaintEvents(id))
                                           .stream().filter(included).toList();
        if (events.isEmpty() && snapshot.isEmpty()) {
            throw new ResourceNotFound("COMPLAINT_NOT_FOUND",
                                       "Complaint " + id + " was not registered at that moment");
        }
        List<DomainEventMessage<?>> messages = log.deserialize(events).stream()
                                                  .<DomainEventMessage<?>>map(DomainEventMessage.class::cast)
                                                  .toList();
        Instant lastRecorded = events.isEmpty() ? snapshot.get().mark().recordedAt()
                : events.get(events.size() - 1).timestamp();
        Instant moment = at != null ? at : lastRecorded;
        ComplaintView view = ComplaintViewChanges.replay(snapshot.map(Snapshot::view).orElse(null), messages, moment)
                                                 .orElseThrow();
        long last = events.isEmpty() ? snapshot.get().mark().position() : events.get(events.size() - 1).position();
        List<LinkedState> linked = new ArrayList<>();
        for (String aggregate : linkedTo(id)) {
            List<StoredEvent> own = log.aggregate(aggregate).stream().filter(included).toList();
            if (!own.isEmpty()) {
                StoredEvent newest = own.get(own.size() - 1);
                linked.add(new LinkedState(aggregate, newest.aggregateType(), own.size(), newest.simpleType(),
                                           newest.timestamp(), newest.position()));
                last = Math.max(last, newest.position());
            }
        }
        return new AsOf(id.value(), position != null ? position : last, moment, view, linked);
    }

    private List<StoredEvent> complaintEvents(ComplaintId id) {
        List<StoredEvent> events = log.aggregate(id.value());
        if (events.isEmpty()) {
            throw new ResourceNotFound("COMPLAINT_NOT_FOUND", "No complaint " + id);
        }
        return events;
    }

    private Set<String> linkedTo(ComplaintId id) {
        return aggregates.find(id.value()).map(AuditAggregates.Known::linked).orElse(Set.of());
    }
}
