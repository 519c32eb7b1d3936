package com.propcare.command.complaint;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.only;

/**
 * Who may register and handle complaints: the intake desk registers (its office checked in the handler), staff
 * handle.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintCommandRoutes {

    @Bean
    RouteRules complaintCommandRules() {
        return RouteRules.builder()
                         .post("/api/complaints", inHandler(), only(Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR))
                         .post("/api/complaints/{id}/**", aggregate("id"), STAFF)
                         .build();
    }
}
