package com.propcare.command.survey;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.only;

/** Who may run surveys: supervisors, directors and quality checkers; staff record the returns. */
@Configuration(proxyBeanMethods = false)
class SurveyCommandRoutes {

    private static final Set<Role> SURVEYS = only(Role.SUPERVISOR, Role.DIRECTOR, Role.QUALITY);

    @Bean
    RouteRules surveyCommandRules() {
        return RouteRules.builder()
                         .post("/api/surveys", inHandler(), SURVEYS)
                         .post("/api/surveys/{id}/returns", aggregate("id"), STAFF)
                         .put("/api/surveys/{id}/returns/{returnId}", aggregate("id"), STAFF)
                         .post("/api/surveys/{id}/**", aggregate("id"), SURVEYS)
                         .build();
    }
}
