package com.propcare.query.feed;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.notOfficeData;
import static com.propcare.access.RouteRules.only;

/**
 * Who may follow the event feed: integrators, filtered by their offices; its schemas: integrators and
 * administrators.
 */
@Configuration(proxyBeanMethods = false)
class FeedQueryRoutes {

    @Bean
    RouteRules feedRules() {
        return RouteRules.builder()
                         .get("/api/events", inHandler(), only(Role.INTEGRATOR))
                         .get("/api/events/schemas", notOfficeData(), only(Role.INTEGRATOR, Role.ADMIN))
                         .get("/api/events/schemas/{type}", notOfficeData(), only(Role.INTEGRATOR, Role.ADMIN))
                         .build();
    }
}
