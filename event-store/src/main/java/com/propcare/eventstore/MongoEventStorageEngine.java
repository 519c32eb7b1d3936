package com.propcare.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The product's event log on MongoDB: one immutable, totally ordered sequence of events.
 *
 * <p>Each commit (the events one unit of work appends for one aggregate) is a single document, so it is written
 * atomically without transactions. A commit holds a block of consecutive global positions reserved from a counter.
 * Two multikey unique indexes guard the log: one over every event's global position, one over every event's
 * {@code aggregateId:sequence} key. The second turns a concurrent write to the same aggregate into a
 * {@link org.axonframework.modelling.command.ConcurrencyException}.
 *
 * <p>All hot reads are exact-key lookups (the embedded server indexes nothing else): an aggregate loads by
 * {@code sequenceKeys $in [id:n .. id:n+batch]}, a tracking reader fetches by {@code positions $in [gaps ∪ next
 * positions]}. Readers track with Axon's {@link GapAwareTrackingToken}; every skipped position is recorded as a gap
 * (up to {@code maxGapOffset} behind the head) and dropped only after it has been waited for {@code gapTimeout}
 * since this engine first saw it.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    static final String EVENTS = "events";
    static final String SNAPSHOTS = "snapshots";
    static final String POSITIONS = "event_positions";
    static final String POSITION_INDEX = "event_position_unique";
    static final String SEQUENCE_INDEX = "aggregate_sequence_unique";

    private static final Logger log = LoggerFactory.getLogger(MongoEventStorageEngine.class);
    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_POSITION_RETRIES = 10;
    private static final int MAX_GROUP_EVENTS = 1000;
    private static final int WRITE_LANES = 2;
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final PositionCounter counter;
    private final Clock clock;
    private final int maxGapOffset;
    private final Duration reservationTimeout;
    private final GapSightings sightings;
    private final Queue<PendingCommit> queued = new ConcurrentLinkedQueue<>();
    private final WriteLanes lanes = new WriteLanes();

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(EVENTS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.counter = builder.counter != null ? builder.counter
                : new MongoPositionCounter(builder.database.getCollection(POSITIONS));
        this.clock = builder.clock;
        this.maxGapOffset = builder.maxGapOffset;
        this.reservationTimeout = builder.reservationTimeout;
        this.sightings = new GapSightings(builder.clock, builder.gapTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the indexes the log relies on; idempotent, called at start-up. */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending(CommitDocument.POSITIONS),
                           new IndexOptions().unique(true).name(POSITION_INDEX));
        events.createIndex(Indexes.ascending(CommitDocument.SEQUENCE_KEYS),
                           new IndexOptions().unique(true).name(SEQUENCE_INDEX));
        events.createIndex(Indexes.ascending(CommitDocument.TIMESTAMP), new IndexOptions().name("commit_timestamp"));
    }

    // ---------------------------------------------------------------- writing

    /**
     * Group commit: the caller's commits join a queue, and an appender that gets one of {@value #WRITE_LANES} write
     * lanes writes everything queued so far with one position reservation and one unordered insert. One appender
     * alone costs what it did before (a reservation, an insert); many appenders at once share those round trips.
     * More than one lane, so that one slow write does not hold up the whole instance. An appender whose commits
     * another lane took waits only for their outcome, not for a lane. Serialising happens before the queue, in the
     * appender's own thread.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        List<PendingCommit> mine = CommitDocument.splitByAggregate(messages).stream()
                                                 .map(commit -> new PendingCommit(commit, serializer)).toList();
        queued.addAll(mine);
        while (takeLaneUnlessTaken(mine)) {
            List<PendingCommit> group = drainQueue();
            try {
                writeGroup(group);
            } catch (RuntimeException | Error unexpected) {
                // the group's other appenders wait for an outcome: they must get one
                EventStoreException failure = new EventStoreException("Appending failed", unexpected);
                group.forEach(commit -> commit.fail(failure));
                throw unexpected;
            } finally {
                synchronized (lanes) {
                    lanes.free++;
                    lanes.notifyAll();
                }
            }
        }
        mine.forEach(PendingCommit::awaitOutcome);
        mine.stream().mapToLong(commit -> commit.first() + commit.size() - 1).max().ifPresent(LogPositions::stored);
    }

    /**
     * Waits for a free lane and takes it, unless a lane took all of {@code mine} meanwhile. Not interruptible: the
     * commits are queued, and another lane may write them at any moment, so the appender must learn their outcome
     * (the interrupt is kept for later).
     */
    private boolean takeLaneUnlessTaken(List<PendingCommit> mine) {
        boolean interrupted = false;
        try {
            synchronized (lanes) {
                while (true) {
                    if (mine.stream().allMatch(PendingCommit::taken)) {
                        return false;
                    }
                    if (lanes.free > 0) {
                        lanes.free--;
                        return true;
                    }
                    try {
                        lanes.wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<PendingCommit> drainQueue() {
        List<PendingCommit> group = new ArrayList<>();
        int events = 0;
        PendingCommit next;
        while (events < MAX_GROUP_EVENTS && (next = queued.poll()) != null) {
            next.take();
            group.add(next);
            events += next.size();
        }
        if (!group.isEmpty()) {
            synchronized (lanes) {
                lanes.notifyAll();
            }
        }
        return group;
    }

    private void writeGroup(List<PendingCommit> group) {
        List<PendingCommit> unwritten = group;
        for (int attempt = 1; !unwritten.isEmpty(); attempt++) {
            int count = unwritten.stream().mapToInt(PendingCommit::size).sum();
            long reservedAtNanos = System.nanoTime();
            long first;
            try {
                first = counter.reserve(count);
            } catch (RuntimeException e) {
                unwritten.forEach(commit -> commit.fail(e));
                return;
            }
            long position = first;
            for (PendingCommit commit : unwritten) {
                commit.placeAt(position);
                position += commit.size();
            }
            if (Duration.ofNanos(System.nanoTime() - reservedAtNanos).compareTo(reservationTimeout) > 0) {
                // a reader may already have given up waiting for these positions: never fill them this late
                log.warn("Reservation of positions {}+{} went stale before writing; reserving again", first, count);
                writeTombstone(first, count);
                continue;
            }
            unwritten = insert(unwritten, attempt);
        }
    }

    /** Inserts the placed commits; returns those whose positions turned out to be taken and must be placed again. */
    private List<PendingCommit> insert(List<PendingCommit> group, int attempt) {
        try {
            events.insertMany(group.stream().map(PendingCommit::document).toList(), UNORDERED);
            group.forEach(PendingCommit::written);
            return List.of();
        } catch (MongoBulkWriteException e) {
            Map<Integer, BulkWriteError> errors = new HashMap<>();
            e.getWriteErrors().forEach(error -> errors.put(error.getIndex(), error));
            List<PendingCommit> again = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                PendingCommit commit = group.get(i);
                BulkWriteError error = errors.get(i);
                if (error == null && e.getWriteConcernError() != null) {
                    commit.fail(new EventStoreException("Written, but the write concern was not satisfied: "
                                                                + e.getWriteConcernError().getMessage(), e));
                } else if (error == null) {
                    commit.written();
                } else if (error.getCode() != DUPLICATE_KEY) {
                    writeTombstone(commit.first(), commit.size());
                    commit.fail(translated(new CommitRefused(error.getMessage(), e), commit));
                } else if (sequenceTaken(commit.document())) {
                    writeTombstone(commit.first(), commit.size());
                    commit.fail(translated(new SequenceAlreadyTaken(e), commit));
                } else if (attempt >= MAX_POSITION_RETRIES) {
                    commit.fail(new EventStoreException("Could not reserve a free block of global positions", e));
                } else {
                    log.warn("Global positions {}+{} were handed out twice; reserving again", commit.first(),
                             commit.size());
                    again.add(commit);
                }
            }
            return again;
        } catch (RuntimeException e) {
            group.forEach(commit -> commit.fail(e));
            return List.of();
        }
    }

    /** The exception Axon's resolver makes of a failed write (a concurrency conflict, or a store failure). */
    private RuntimeException translated(Exception failure, PendingCommit commit) {
        try {
            handlePersistenceException(failure, commit.messages().get(0));
        } catch (RuntimeException translated) {
            return translated;
        }
        return new EventStoreException("Could not write commit", failure);
    }

    private boolean sequenceTaken(Document commit) {
        List<String> keys = commit.getList(CommitDocument.SEQUENCE_KEYS, String.class);
        return events.find(Filters.in(CommitDocument.SEQUENCE_KEYS, keys)).first() != null;
    }

    /** Marks positions that will never hold an event, so that readers need not wait for them. */
    private void writeTombstone(long first, int count) {
        try {
            events.insertOne(CommitDocument.tombstone(first, count, clock.instant()));
        } catch (RuntimeException e) {
            log.debug("Tombstone for positions {}+{} not written; readers will time the gap out", first, count, e);
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = CommitDocument.snapshot(snapshot, serializer);
        try {
            snapshots.replaceOne(Filters.and(Filters.eq("_id", snapshot.getAggregateIdentifier()),
                                             Filters.lt(CommitDocument.SEQUENCE, snapshot.getSequenceNumber())),
                                 document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            // a newer snapshot is already stored
        }
    }

    // ---------------------------------------------------------------- reading an aggregate

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                                      .mapToObj(sequence -> CommitDocument.sequenceKey(aggregateIdentifier, sequence))
                                      .toList();
        List<GenericDomainEventEntry<String>> found = new ArrayList<>();
        for (Document commit : CommitDocument.distinct(events.find(Filters.in(CommitDocument.SEQUENCE_KEYS, keys)))) {
            CommitDocument.domainEvents(commit).stream()
                          .filter(event -> event.getSequenceNumber() >= firstSequenceNumber)
                          .forEach(found::add);
        }
        found.sort(Comparator.comparingLong(GenericDomainEventEntry::getSequenceNumber));
        return found;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(CommitDocument.snapshotEntry(snapshot));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        int window = batchSize();
        long probe = 0;
        Long last = null;
        while (true) {
            List<String> keys = LongStream.range(probe, probe + window)
                                          .mapToObj(sequence -> CommitDocument.sequenceKey(aggregateIdentifier,
                                                                                           sequence))
                                          .toList();
            long highest = -1;
            for (Document commit : events.find(Filters.in(CommitDocument.SEQUENCE_KEYS, keys))
                                         .projection(Projections.include(CommitDocument.LAST_SEQUENCE))) {
                highest = Math.max(highest, commit.get(CommitDocument.LAST_SEQUENCE, Number.class).longValue());
            }
            if (highest < 0) {
                return Optional.ofNullable(last);
            }
            last = highest;
            if (highest < probe + window - 1) {
                return Optional.of(last);
            }
            probe = highest + 1;
        }
    }

    // ---------------------------------------------------------------- tracking the whole log

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken start = asGapAware(lastToken);
        long windowStart = start.getIndex() + 1;
        SortedSet<Long> wanted = new TreeSet<>(start.getGaps());
        LongStream.range(windowStart, windowStart + batchSize).forEach(wanted::add);
        List<Document> commits = commitsCovering(wanted);
        if (commits.isEmpty()) {
            commits = probePastUnfilledReservations(windowStart, batchSize);
        }
        commits = withHolesReadAgain(commits, wanted);
        commits.sort(Comparator.comparingLong(commit -> commit.get("_id", Number.class).longValue()));

        TokenWalk walk = new TokenWalk(start);
        List<TrackedEventData<?>> result = new ArrayList<>();
        for (Document commit : commits) {
            long first = commit.get("_id", Number.class).longValue();
            List<Document> eventsOfCommit = commit.getList(CommitDocument.EVENTS, Document.class);
            if (eventsOfCommit.isEmpty()) {
                int count = commit.getList(CommitDocument.POSITIONS, Number.class).size();
                LongStream.range(first, first + count).forEach(walk::skipEmpty);
                continue;
            }
            for (int i = 0; i < eventsOfCommit.size(); i++) {
                long position = first + i;
                if (walk.wants(position)) {
                    result.add(CommitDocument.trackedEvent(commit, eventsOfCommit.get(i), walk.advanceTo(position)));
                }
            }
        }
        sightings.forgetLongPast();
        return result;
    }

    private List<Document> commitsCovering(Collection<Long> positions) {
        return CommitDocument.covering(events, positions);
    }

    /**
     * A whole window of reserved but empty positions (writers in flight, or writers that failed) must not stall
     * readers: look further ahead, up to the highest reserved position, for the next commit. The positions passed
     * over on the way are read again before they count as gaps ({@link #withHolesReadAgain}).
     */
    private List<Document> probePastUnfilledReservations(long windowStart, int batchSize) {
        long highest = counter.highestReserved();
        for (long probe = windowStart + batchSize; probe <= highest; probe += batchSize) {
            List<Document> found = commitsCovering(window(probe, Math.min(probe + batchSize - 1, highest)));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return new ArrayList<>();
    }

    /**
     * Reads once more the positions below the highest one found that no commit covers. A read is no snapshot: a
     * reader at the head passes positions a writer fills a moment later, and a real MongoDB may yield between index
     * keys and then find a commit written after one it already passed, so a commit found may follow one that was
     * missed (the next event of the same aggregate). The second read starts after the first ended, when every
     * commit written before the ones found is visible: what is still empty then precedes none of them (a command
     * reserves its positions after reading its aggregate) and is a gap.
     */
    private List<Document> withHolesReadAgain(List<Document> commits, SortedSet<Long> wanted) {
        Set<Long> covered = new HashSet<>();
        commits.forEach(commit -> commit.getList(CommitDocument.POSITIONS, Number.class)
                                        .forEach(position -> covered.add(position.longValue())));
        if (covered.isEmpty()) {
            return commits;
        }
        long highest = Collections.max(covered);
        List<Long> holes = LongStream.concat(wanted.headSet(highest).stream().mapToLong(Long::longValue),
                                             LongStream.range(wanted.last() + 1, highest))
                                     .filter(position -> !covered.contains(position))
                                     .boxed().toList();
        if (holes.isEmpty()) {
            return commits;
        }
        List<Document> again = new ArrayList<>(commits);
        again.addAll(commitsCovering(holes));
        return CommitDocument.distinct(again);
    }

    private static List<Long> window(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    private static GapAwareTrackingToken asGapAware(TrackingToken token) {
        if (token == null) {
            return GapAwareTrackingToken.newInstance(0, new TreeSet<>());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("Unsupported token type " + token.getClass().getName()
                                                   + ": this store tracks with GapAwareTrackingToken");
    }

    /** Advances a token event by event, the way a reader moves along the log. */
    private final class TokenWalk {

        private long index;
        private final TreeSet<Long> gaps;

        private TokenWalk(GapAwareTrackingToken start) {
            this.index = start.getIndex();
            this.gaps = new TreeSet<>(start.getGaps());
        }

        boolean wants(long position) {
            return position > index || gaps.contains(position);
        }

        void skipEmpty(long position) {
            if (position > index) {
                LongStream.range(index + 1, position).forEach(gaps::add);
                index = position;
            } else {
                gaps.remove(position);
            }
        }

        GapAwareTrackingToken advanceTo(long position) {
            skipEmpty(position);
            gaps.headSet(index - maxGapOffset).clear();
            gaps.removeIf(sightings::timedOut);
            return GapAwareTrackingToken.newInstance(index, new TreeSet<>(gaps));
        }
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long highest = counter.highestReserved();
        TreeSet<Long> unfilled = new TreeSet<>();
        LongStream.rangeClosed(Math.max(1, highest - batchSize() + 1), highest).forEach(unfilled::add);
        for (Document commit : commitsCovering(new ArrayList<>(unfilled))) {
            commit.getList(CommitDocument.POSITIONS, Number.class).forEach(p -> unfilled.remove(p.longValue()));
        }
        // positions reserved but not written yet at the top are not part of the head: a reader starting here must
        // still get them when their commits land, and a token's gaps lie below its index
        long head = highest;
        while (head > 0 && unfilled.contains(head)) {
            unfilled.remove(head);
            head--;
        }
        return GapAwareTrackingToken.newInstance(head, unfilled.headSet(head));
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        // rare (administrative resets): a range query, which the embedded server answers by scanning
        Document first = events.find(Filters.gte(CommitDocument.TIMESTAMP, Date.from(dateTime)))
                               .sort(Sorts.ascending("_id")).limit(1).first();
        if (first == null) {
            return createHeadToken();
        }
        return GapAwareTrackingToken.newInstance(first.get("_id", Number.class).longValue() - 1, new TreeSet<>());
    }

    /** One commit waiting in the group-commit queue, and then its outcome. */
    private static final class PendingCommit {

        private final List<? extends EventMessage<?>> messages;
        private final Document document;
        private final CompletableFuture<Void> outcome = new CompletableFuture<>();
        private volatile boolean taken;

        private PendingCommit(List<? extends EventMessage<?>> messages, Serializer serializer) {
            this.messages = messages;
            this.document = CommitDocument.unplaced(messages, serializer);
        }

        List<? extends EventMessage<?>> messages() {
            return messages;
        }

        Document document() {
            return document;
        }

        int size() {
            return messages.size();
        }

        long first() {
            return document.get("_id", Number.class).longValue();
        }

        void placeAt(long firstPosition) {
            CommitDocument.place(document, firstPosition, messages.size());
        }

        /** Taken from the queue by a lane, which will settle it. */
        boolean taken() {
            return taken;
        }

        void take() {
            taken = true;
        }

        void written() {
            outcome.complete(null);
        }

        /** Settles the commit as failed, unless it is settled already. */
        void fail(RuntimeException failure) {
            outcome.completeExceptionally(failure);
        }

        void awaitOutcome() {
            try {
                outcome.join();
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
    }

    /** The group-commit lanes not in use; also the monitor appenders wait on. */
    private static final class WriteLanes {
        private int free = WRITE_LANES;
    }

    /** A write the server refused for a reason other than a duplicate key. */
    private static final class CommitRefused extends RuntimeException {
        private CommitRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Signals that an {@code aggregateId:sequence} key is already in the log. */
    private static final class SequenceAlreadyTaken extends RuntimeException {
        private SequenceAlreadyTaken(Throwable cause) {
            super("The aggregate's sequence number is already in the log", cause);
        }
    }

    public static final class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private PositionCounter counter;
        private Clock clock = Clock.systemUTC();
        private int maxGapOffset = 1000;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Duration reservationTimeout = Duration.ofSeconds(10);

        private Builder() {
            persistenceExceptionResolver(SequenceAlreadyTaken.class::isInstance);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** Replaces the default counter document, e.g. to observe or delay reservations. */
        public Builder positionCounter(PositionCounter counter) {
            this.counter = counter;
            return this;
        }

        /** The clock that measures how long a gap has been waited for. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * How long a writer may hold reserved positions before writing them. Kept well below the gap timeout so
         * that a reader never gives up on a position that is still going to be filled.
         */
        public Builder reservationTimeout(Duration reservationTimeout) {
            this.reservationTimeout = reservationTimeout;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            Objects.requireNonNull(database, "database");
            if (reservationTimeout.compareTo(gapTimeout) >= 0) {
                throw new AxonConfigurationException("reservationTimeout must be shorter than gapTimeout");
            }
        }

        public MongoEventStorageEngine build() {
            validate();
            return new MongoEventStorageEngine(this);
        }
    }
}
