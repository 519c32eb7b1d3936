package com.propcare.query.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How far each read model trails the log, in events ({@code propcare.projection.lag}), refreshed every
 * {@code propcare.metrics.refresh-interval}. Axon's own meters add each processor's latency and handler times.
 */
@Component
class ProjectionMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionMetrics.class);

    private final ProjectionRebuilds projections;
    private final MultiGauge lag;

    ProjectionMetrics(ProjectionRebuilds projections, MeterRegistry registry) {
        this.projections = projections;
        this.lag = MultiGauge.builder("propcare.projection.lag").baseUnit("events")
                             .description("events in the log the read model has not handled yet").register(registry);
    }

    @Scheduled(fixedDelayString = "${propcare.metrics.refresh-interval:PT30S}", initialDelayString = "PT5S")
    void refresh() {
        try {
            lag.register(projections.projections().stream()
                                    .map(status -> MultiGauge.Row.of(Tags.of("projection", status.name()),
                                                                     (double) status.lag()))
                                    .toList(), true);
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the projection lag gauges", e);
        }
    }
}
