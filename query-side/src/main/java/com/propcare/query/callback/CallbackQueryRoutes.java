package com.propcare.query.callback;

import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.DASHBOARDS;
import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.officeParameter;

/** Who may read callbacks and obligations: staff; the monthly figures: whoever reads dashboards. */
@Configuration(proxyBeanMethods = false)
class CallbackQueryRoutes {

    @Bean
    RouteRules callbackReadRules() {
        return RouteRules.builder()
                         .get("/api/callbacks", officeParameter("office"), STAFF)
                         .get("/api/callbacks/{id}", aggregate("id"), STAFF)
                         .get("/api/staff/{staffId}/obligations", aggregate("staffId"), STAFF)
                         .get("/api/offices/{officeId}/callback-summary", office("officeId"), DASHBOARDS)
                         .build();
    }
}
