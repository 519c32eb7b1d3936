package com.propcare.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares each streaming processor's segments among the instances of a side. Axon's pooled processors claim every
 * unclaimed segment they find, so the first instance up would hold them all; each instance therefore announces
 * itself and the processors it runs in {@value #NODES} and, holding more than its share of a processor's
 * segments (segments / live instances running it, rounded up), releases the surplus for the others to claim. An instance that stops releases its claims
 * (after a crash they time out in the token store), and as nobody then holds more than its share, the others
 * claim them.
 */
public class SegmentBalancer implements SmartLifecycle {

    static final String NODES = "processing_nodes";
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final int LIVE_INTERVALS = 3;

    private final String nodeId;
    private final MongoCollection<Document> nodes;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private volatile boolean running;

    public SegmentBalancer(String nodeId, MongoCollection<Document> nodes, EventProcessingConfiguration processing,
                           TokenStore tokens, Duration interval, Clock clock) {
        this.nodeId = nodeId;
        this.nodes = nodes;
        this.processing = processing;
        this.tokens = tokens;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::balanceQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Stops before the processors do (it started after them), so the others stop counting this instance first. */
    @Override
    public void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
        }
        nodes.deleteOne(Filters.eq("_id", nodeId));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Segment balancing failed; trying again in {}", interval, e);
        }
    }

    /** One round: announce this instance and what it runs, then give up what is above its share of each. */
    void balance() {
        Instant now = clock.instant();
        List<StreamingEventProcessor> running = processing.eventProcessors().values().stream()
                                                          .filter(StreamingEventProcessor.class::isInstance)
                                                          .map(StreamingEventProcessor.class::cast)
                                                          .filter(StreamingEventProcessor::isRunning).toList();
        nodes.replaceOne(Filters.eq("_id", nodeId),
                         new Document("_id", nodeId).append("seenAt", Date.from(now))
                                                    .append("processors", running.stream()
                                                                                 .map(StreamingEventProcessor::getName)
                                                                                 .toList()),
                         new ReplaceOptions().upsert(true));
        Instant liveSince = now.minus(interval.multipliedBy(LIVE_INTERVALS));
        // a handful of documents, one per instance: read whole rather than by a range the embedded server would scan
        List<Document> live = nodes.find().into(new ArrayList<>()).stream()
                                   .filter(node -> node.getDate("seenAt").toInstant().isAfter(liveSince)).toList();
        for (StreamingEventProcessor processor : running) {
            long sharing = live.stream().filter(node -> node.getList("processors", String.class, List.of())
                                                            .contains(processor.getName())).count();
            releaseSurplus(processor, sharing);
        }
    }

    private void releaseSurplus(StreamingEventProcessor processor, long live) {
        int segments = tokens.fetchSegments(processor.getName()).length;
        long share = (segments + live - 1) / Math.max(1, live);
        List<Integer> held = processor.processingStatus().keySet().stream()
                                      .sorted(Comparator.reverseOrder()).toList();
        for (int i = 0; i < held.size() - share; i++) {
            log.info("Releasing segment {} of {}: {} instances share {} segments", held.get(i), processor.getName(),
                     live, segments);
            processor.releaseSegment(held.get(i));
        }
    }
}
