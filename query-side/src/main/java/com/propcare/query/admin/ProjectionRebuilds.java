package com.propcare.query.admin;

import com.propcare.query.support.BlueGreenProjection;
import com.propcare.query.support.Conflict;
import com.propcare.query.support.ResourceNotFound;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds read models from the log. A blue/green read model is rebuilt in its standby generation while the live
 * one keeps serving, and is switched over once the standby has caught up; any other read model is reset and
 * replayed in place. Each rebuild reports its progress (position reached of the log's head, events per second).
 */
@Component
class ProjectionRebuilds {

    static final String UNKNOWN_PROJECTION = "PROJECTION_NOT_FOUND";
    static final String REBUILD_RUNNING = "REBUILD_ALREADY_RUNNING";
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Map<String, BlueGreenProjection> blueGreen;
    private final Clock clock;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuilds");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore,
                       List<BlueGreenProjection> blueGreen, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.blueGreen = blueGreen.stream().collect(Collectors.toMap(BlueGreenProjection::name, Function.identity()));
        this.clock = clock;
        watcher.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                                       TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
    }

    /** Every read model the admin API can rebuild, with where its processor stands. */
    List<ProjectionStatus> projections() {
        long head = head();
        return readModels().entrySet().stream().map(model -> status(model.getKey(), model.getValue(), head)).toList();
    }

    ProjectionStatus status(String name) {
        String processor = readModels().get(name);
        if (processor == null) {
            throw unknown(name);
        }
        return status(name, processor, head());
    }

    /** Read model name → the processor that fills it now; blue/green ones by their own name. */
    private Map<String, String> readModels() {
        Map<String, String> models = new TreeMap<>();
        blueGreen.values().forEach(projection -> models.put(projection.name(), projection.liveProcessor()));
        processing.eventProcessors().forEach((name, processor) -> {
            boolean partOfBlueGreen = blueGreen.values().stream().anyMatch(
                    projection -> projection.liveProcessor().equals(name)
                            || projection.standbyProcessor().equals(name));
            if (processor instanceof StreamingEventProcessor && !partOfBlueGreen && isReadModel(name)) {
                models.put(name, name);
            }
        });
        return models;
    }

    /** Starts rebuilding one read model; {@code all} rebuilds every one. */
    List<ProjectionStatus> rebuild(String name) {
        List<String> names = "all".equals(name) ? List.copyOf(readModels().keySet()) : List.of(status(name).name());
        for (String each : names) {
            Rebuild running = rebuilds.get(each);
            if (running != null && running.finishedAt == null) {
                throw new RebuildAlreadyRunning(each);
            }
        }
        names.forEach(this::start);
        return names.stream().map(this::status).toList();
    }

    private void start(String name) {
        BlueGreenProjection pair = blueGreen.get(name);
        String processorName = pair == null ? name : pair.standbyProcessor();
        StreamingEventProcessor processor = streaming(processorName);
        long head = head();
        LOG.info("Rebuilding {} with processor {} up to position {} of the log", name, processorName, head);
        processor.shutDown();
        processor.resetTokens();
        rebuilds.put(name, new Rebuild(name, processorName, pair, clock.instant(), head));
        processor.start();
    }

    private void check() {
        rebuilds.values().stream().filter(rebuild -> rebuild.finishedAt == null).forEach(rebuild -> {
            try {
                StreamingEventProcessor processor = streaming(rebuild.processor);
                boolean failed = processor.processingStatus().values().stream()
                                          .anyMatch(status -> status.getError() != null);
                if (!failed && position(processor) >= rebuild.headAtStart) {
                    if (rebuild.pair != null) {
                        rebuild.pair.makeStandbyLive();
                    }
                    rebuild.finishedAt = clock.instant();
                    LOG.info("Rebuilt {}: {} events in {}", rebuild.name, position(processor),
                             Duration.between(rebuild.startedAt, rebuild.finishedAt));
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not check the rebuild of {}", rebuild.name, e);
            }
        });
    }

    private ProjectionStatus status(String name, String processorName, long head) {
        Rebuild rebuild = rebuilds.get(name);
        String shownProcessor = rebuild != null && rebuild.finishedAt == null ? rebuild.processor : processorName;
        StreamingEventProcessor processor = streaming(shownProcessor);
        long position = position(processor);
        ProjectionStatus.Progress progress = null;
        if (rebuild != null) {
            Instant until = rebuild.finishedAt == null ? clock.instant() : rebuild.finishedAt;
            double seconds = Math.max(0.001, Duration.between(rebuild.startedAt, until).toMillis() / 1000.0);
            long processed = rebuild.finishedAt == null ? position : Math.max(position, rebuild.headAtStart);
            progress = new ProjectionStatus.Progress(rebuild.finishedAt == null ? "RUNNING" : "DONE",
                                                     rebuild.startedAt, rebuild.finishedAt, Math.min(processed, head),
                                                     Math.max(head, rebuild.headAtStart),
                                                     Math.round(Math.min(processed, head) / seconds));
        }
        return new ProjectionStatus(name, shownProcessor, processor.isRunning(), position, head,
                                    Math.max(0, head - position), progress);
    }

    private StreamingEventProcessor streaming(String processorName) {
        return processing.eventProcessor(processorName, StreamingEventProcessor.class)
                         .orElseThrow(() -> unknown(processorName));
    }

    /** The furthest position the processor's segments have reached. */
    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong)
                        .max().orElse(0);
    }

    /** The position of the latest event in the log; one past nothing is 0. */
    private long head() {
        return Optional.ofNullable(eventStore.createHeadToken()).map(TrackingToken::position)
                       .flatMap(position -> position.isPresent() ? Optional.of(position.getAsLong()) : Optional.empty())
                       .orElse(0L);
    }

    /** Processors that build read models; the command side's trigger and deadline processors are not rebuilt. */
    private static boolean isReadModel(String processorName) {
        return processorName.endsWith("-views") || processorName.startsWith("dashboards");
    }

    private static ResourceNotFound unknown(String name) {
        return new ResourceNotFound(UNKNOWN_PROJECTION, "No read model " + name);
    }

    private static final class Rebuild {
        final String name;
        final String processor;
        final BlueGreenProjection pair;
        final Instant startedAt;
        final long headAtStart;
        volatile Instant finishedAt;

        Rebuild(String name, String processor, BlueGreenProjection pair, Instant startedAt, long headAtStart) {
            this.name = name;
            this.processor = processor;
            this.pair = pair;
            this.startedAt = startedAt;
            this.headAtStart = headAtStart;
        }
    }

    static final class RebuildAlreadyRunning extends Conflict {
        RebuildAlreadyRunning(String name) {
            super(REBUILD_RUNNING, "A rebuild of " + name + " is already running");
        }
    }
}
