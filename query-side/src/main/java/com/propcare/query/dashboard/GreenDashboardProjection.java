package com.propcare.query.dashboard;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/** The green generation of the dashboard read model; see {@link DashboardProjection}. */
@Component
@ProcessingGroup(GreenDashboardProjection.PROCESSING_GROUP)
class GreenDashboardProjection extends DashboardProjection {

    static final String PROCESSING_GROUP = "dashboards-green";

    GreenDashboardProjection(DashboardGenerations generations, DashboardUpdates updates) {
        super(generations.store(DashboardGenerations.GREEN), generations, updates);
    }
}
