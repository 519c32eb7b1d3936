package com.propcare.command.reception;

import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.inHandler;

/** Who may record receptions and building leaders' meetings: staff. */
@Configuration(proxyBeanMethods = false)
class ReceptionCommandRoutes {

    @Bean
    RouteRules receptionCommandRules() {
        return RouteRules.builder()
                         .post("/api/receptions", inHandler(), STAFF)
                         .post("/api/building-leader-meetings", inHandler(), STAFF)
                         .build();
    }
}
