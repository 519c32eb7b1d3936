package com.propcare.query.dashboard;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/** The blue generation of the dashboard read model; see {@link DashboardProjection}. */
@Component
@ProcessingGroup(BlueDashboardProjection.PROCESSING_GROUP)
class BlueDashboardProjection extends DashboardProjection {

    static final String PROCESSING_GROUP = "dashboards-blue";

    BlueDashboardProjection(DashboardGenerations generations, DashboardUpdates updates) {
        super(generations.store(DashboardGenerations.BLUE), generations, updates);
    }
}
