package com.propcare.command.visit;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.only;

/**
 * Who may schedule and record visits and answer opinions: staff; a mass move-in is declared by the registry's
 * keepers.
 */
@Configuration(proxyBeanMethods = false)
class VisitCommandRoutes {

    private static final Set<Role> REGISTRY = only(Role.ADMIN, Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR);

    @Bean
    RouteRules visitCommandRules() {
        return RouteRules.builder()
                         .post("/api/visits", inHandler(), STAFF)
                         .post("/api/visits/{id}/**", aggregate("id"), STAFF)
                         .post("/api/opinions/{id}/answer", aggregate("id"), STAFF)
                         .post("/api/offices/{officeId}/holiday-visits", office("officeId"), STAFF)
                         .post("/api/offices/{officeId}/mass-move-ins", office("officeId"), REGISTRY)
                         .build();
    }
}
