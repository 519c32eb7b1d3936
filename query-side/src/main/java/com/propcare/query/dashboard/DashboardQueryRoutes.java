package com.propcare.query.dashboard;

import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.DASHBOARDS;
import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.office;

/** Who may read the dashboards: staff and viewers, the company view those of every office. */
@Configuration(proxyBeanMethods = false)
class DashboardQueryRoutes {

    @Bean
    RouteRules dashboardReadRules() {
        return RouteRules.builder()
                         .get("/api/dashboard", company(), DASHBOARDS)
                         .get("/api/dashboard/stream", company(), DASHBOARDS)
                         .get("/api/offices/{officeId}/dashboard/**", office("officeId"), DASHBOARDS)
                         .get("/api/offices/{officeId}/bulletins/{month}", office("officeId"), DASHBOARDS)
                         .get("/api/offices/{officeId}/recurring-problems", office("officeId"), DASHBOARDS)
                         .build();
    }
}
