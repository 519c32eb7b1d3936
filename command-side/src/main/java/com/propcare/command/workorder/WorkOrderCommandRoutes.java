package com.propcare.command.workorder;

import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.inHandler;

/** Who may open and carry work orders: staff. */
@Configuration(proxyBeanMethods = false)
class WorkOrderCommandRoutes {

    @Bean
    RouteRules workOrderCommandRules() {
        return RouteRules.builder()
                         .post("/api/work-orders", inHandler(), STAFF)
                         .post("/api/work-orders/{id}/**", aggregate("id"), STAFF)
                         .build();
    }
}
