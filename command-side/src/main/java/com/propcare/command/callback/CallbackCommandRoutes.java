package com.propcare.command.callback;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.only;

/**
 * Who may act on callbacks: staff record them; spot checks are the survey roles'; a cancellation is a manager's.
 */
@Configuration(proxyBeanMethods = false)
class CallbackCommandRoutes {

    private static final Set<Role> SPOT_CHECKERS = only(Role.SUPERVISOR, Role.DIRECTOR, Role.QUALITY);
    private static final Set<Role> MANAGERS = only(Role.SUPERVISOR, Role.DIRECTOR);

    @Bean
    RouteRules callbackCommandRules() {
        return RouteRules.builder()
                         .post("/api/callbacks/{id}/spot-checks", aggregate("id"), SPOT_CHECKERS)
                         .post("/api/callbacks/{id}/cancellation", aggregate("id"), MANAGERS)
                         .post("/api/callbacks/{id}/**", aggregate("id"), STAFF)
                         .post("/api/matters", inHandler(), STAFF)
                         .build();
    }
}
