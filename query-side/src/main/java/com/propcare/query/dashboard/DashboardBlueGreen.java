package com.propcare.query.dashboard;

import com.propcare.query.support.BlueGreenProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard read model as a blue/green pair. Only the live generation's processor runs; the standby one is
 * stopped when the application is ready and started only to be rebuilt.
 */
@Component
class DashboardBlueGreen implements BlueGreenProjection {

    static final String NAME = "dashboards";

    private final DashboardGenerations generations;
    private final EventProcessingConfiguration processing;

    DashboardBlueGreen(DashboardGenerations generations, EventProcessingConfiguration processing) {
        this.generations = generations;
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void stopStandby() {
        processing.eventProcessor(standbyProcessor()).ifPresent(EventProcessor::shutDown);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String liveProcessor() {
        return processorOf(generations.live());
    }

    @Override
    public String standbyProcessor() {
        return processorOf(generations.standby());
    }

    @Override
    public void makeStandbyLive() {
        String previous = liveProcessor();
        generations.makeLive(generations.standby());
        processing.eventProcessor(previous).ifPresent(EventProcessor::shutDown);
    }

    private static String processorOf(DashboardStore store) {
        return DashboardGenerations.GREEN.equals(store.generation()) ? GreenDashboardProjection.PROCESSING_GROUP
                : BlueDashboardProjection.PROCESSING_GROUP;
    }
}
