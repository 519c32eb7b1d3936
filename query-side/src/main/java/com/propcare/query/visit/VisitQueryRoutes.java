package com.propcare.query.visit;

import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.DASHBOARDS;
import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.officeParameter;

/** Who may read visits, opinions and receptions: staff; the visit quota: whoever reads dashboards. */
@Configuration(proxyBeanMethods = false)
class VisitQueryRoutes {

    @Bean
    RouteRules visitReadRules() {
        return RouteRules.builder()
                         .get("/api/visits", officeParameter("office"), STAFF)
                         .get("/api/visits/{id}", aggregate("id"), STAFF)
                         .get("/api/opinions", officeParameter("office"), STAFF)
                         .get("/api/receptions", officeParameter("office"), STAFF)
                         .get("/api/offices/{officeId}/visit-quota", office("officeId"), DASHBOARDS)
                         .build();
    }
}
