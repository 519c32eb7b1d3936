package com.propcare.eventstore.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many reactions and read-model updates wait in the dead-letter queue ({@code propcare.reactions.failed}),
 * refreshed every {@code propcare.metrics.refresh-interval}: an alert on it above zero tells someone who is not
 * looking at the page that an obligation is stuck.
 */
class FailedReactionGauge {

    private static final Logger LOG = LoggerFactory.getLogger(FailedReactionGauge.class);

    private final FailedReactions failedReactions;
    private final AtomicLong failed = new AtomicLong();

    FailedReactionGauge(FailedReactions failedReactions, MeterRegistry registry) {
        this.failedReactions = failedReactions;
        Gauge.builder("propcare.reactions.failed", failed, AtomicLong::get)
             .description("failed reactions and read-model updates kept for a retry").register(registry);
    }

    @Scheduled(fixedDelayString = "${propcare.metrics.refresh-interval:PT30S}", initialDelayString = "PT5S")
    void refresh() {
        try {
            failed.set(failedReactions.all().size());
        } catch (RuntimeException e) {
            // the gauge keeps its last value; the next refresh tries again
            LOG.warn("Could not count the failed reactions", e);
        }
    }
}
