package com.propcare.query.ledger;

import com.propcare.eventstore.EventLog.StoredEvent;
import com.propcare.eventstore.EventLog;
import com.propcare.query.ledger.AuditLedger;
import com.propcare.query.ledger.LedgerBlock;
import com.propcare.query.ledger.LedgerEntry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the chained log for integrators and exports, in global order, through the audit ledger.
 * <p>
 * Every reader has its own cursor and reads from the store only when its consumer asks for more: a batch (at most
 * one ledger block) is read, handed on, and the next one is read only after that batch was written. A slow consumer
 * therefore holds at most one batch in this server and simply falls behind, reading from the store at its own pace;
 * nobody else waits for it, and there is no shared buffer to overflow. A reader that has caught up waits for the
 * ledger to grow (or a short poll, for growth chained by another instance).
 */
@Component
public class EventFeed {

    private static final int BLOCKS_PER_READ = 50;

    private final AuditLedger ledger;
    private final EventLog log;
    private final Duration poll;
    private final AtomicInteger subscribers = new AtomicInteger();

    EventFeed(AuditLedger ledger, EventLog log, MeterRegistry meters,
              @Value("${propcare.feed.poll-interval:PT0.5S}") Duration poll) {
        this.ledger = ledger;
        this.log = log;
        this.poll = poll;
        Gauge.builder("propcare.feed.subscribers", subscribers, AtomicInteger::get)
             .description("Readers following the event feed now").register(meters);
    }

    /**
     * The events after {@code after} that the filter accepts, then every new one as it is chained: an endless
     * sequence of reads, each of which reads the next batch when it is subscribed to. A writer that subscribes to
     * the next read only once the previous batch is on its way to the client holds at most one batch per reader,
     * however many reads it asks for ahead (an empty batch means the reader waited and found nothing new).
     */
    public Flux<Mono<List<FeedEvent>>> follow(long after, FeedFilter filter) {
        return Flux.defer(() -> {
            Cursor cursor = new Cursor(after, filter);
            Mono<List<FeedEvent>> next = Mono.fromCallable(cursor::next).subscribeOn(Schedulers.boundedElastic())
                                             .flatMap(batch -> batch.caughtUp() && batch.events().isEmpty()
                                                     ? waitForMore().thenReturn(List.<FeedEvent>of())
                                                     : Mono.just(batch.events()));
            return Flux.<Mono<List<FeedEvent>>>generate(sink -> sink.next(next));
        }).doOnSubscribe(subscription -> subscribers.incrementAndGet())
                   .doFinally(signal -> subscribers.decrementAndGet());
    }

    /** The events in {@code (after, until]} that the filter accepts, then completes. */
    public Flux<List<FeedEvent>> read(long after, long until, FeedFilter filter) {
        return Flux.defer(() -> {
            Cursor cursor = new Cursor(after, filter);
            return Mono.fromCallable(cursor::next).subscribeOn(Schedulers.boundedElastic())
                       .repeat(() -> cursor.after < until && !cursor.caughtUp)
                       .map(batch -> batch.events().stream().filter(e -> e.entry().position() <= until).toList())
                       .filter(events -> !events.isEmpty());
        });
    }

    /**
     * One read after {@code after}: the next events the filter accepts (at most a ledger block's worth, possibly
     * none) and how far the log was read to find them, so that a reader that delivers them all may go on from there
     * without reading the skipped events again.
     */
    public Read next(long after, FeedFilter filter) {
        Cursor cursor = new Cursor(after, filter);
        Batch batch = cursor.next();
        return new Read(batch.events(), cursor.after);
    }

    /** @param readTo how far the log was read: nothing else up to there is wanted */
    public record Read(List<FeedEvent> events, long readTo) {
    }

    /** Readers following the feed now. */
    public int subscribers() {
        return subscribers.get();
    }

    private Mono<Long> waitForMore() {
        return ledger.advances().next().timeout(poll, Mono.just(0L));
    }

    private record Batch(List<FeedEvent> events, boolean caughtUp) {
    }

    private final class Cursor {

        private long after;
        private boolean caughtUp;
        private final FeedFilter filter;

        private Cursor(long after, FeedFilter filter) {
            this.after = after;
            this.filter = filter;
        }

        private Batch next() {
            for (int read = 0; read < BLOCKS_PER_READ; read++) {
                long wanted = after + 1;
                Optional<LedgerBlock> block = ledger.block(wanted).or(() -> ledger.blockHolding(wanted));
                if (block.isEmpty()) {
                    caughtUp = true;
                    return new Batch(List.of(), true);
                }
                List<LedgerEntry> entries = block.get().entries().stream()
                                                 .filter(entry -> entry.position() > after && filter.accepts(entry))
                                                 .toList();
                after = block.get().to();
                if (!entries.isEmpty()) {
                    return new Batch(withStoredForm(entries), false);
                }
            }
            return new Batch(List.of(), false);
        }

        private List<FeedEvent> withStoredForm(List<LedgerEntry> entries) {
            Map<Long, StoredEvent> stored = log.at(entries.stream().map(LedgerEntry::position).toList()).stream()
                                               .collect(Collectors.toMap(StoredEvent::position, Function.identity()));
            // an entry whose event is gone from the store is left out here; verification reports it
            return entries.stream().filter(entry -> stored.containsKey(entry.position()))
                          .map(entry -> new FeedEvent(entry, stored.get(entry.position()))).toList();
        }
    }
}
