package com.propcare.query.workorder;

import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.officeParameter;

/** Who may read work orders: staff. */
@Configuration(proxyBeanMethods = false)
class WorkOrderQueryRoutes {

    @Bean
    RouteRules workOrderReadRules() {
        return RouteRules.builder()
                         .get("/api/work-orders", officeParameter("office"), STAFF)
                         .get("/api/work-orders/{id}", aggregate("id"), STAFF)
                         .build();
    }
}
