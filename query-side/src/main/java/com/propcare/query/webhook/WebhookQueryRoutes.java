package com.propcare.query.webhook;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.Set;

import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.only;

/**
 * Who may subscribe receivers and follow them: integrators (their own) and administrators (all), checked in the
 * handler.
 */
@Configuration(proxyBeanMethods = false)
class WebhookQueryRoutes {

    private static final Set<Role> SUBSCRIBERS = only(Role.INTEGRATOR, Role.ADMIN);

    @Bean
    RouteRules webhookRules() {
        return RouteRules.builder()
                         .post("/api/webhooks", inHandler(), SUBSCRIBERS)
                         .get("/api/webhooks", inHandler(), SUBSCRIBERS)
                         .get("/api/webhooks/{id}", inHandler(), SUBSCRIBERS)
                         .post("/api/webhooks/{id}/*", inHandler(), SUBSCRIBERS)
                         .add(HttpMethod.DELETE, "/api/webhooks/{id}", inHandler(), SUBSCRIBERS)
                         .build();
    }
}
