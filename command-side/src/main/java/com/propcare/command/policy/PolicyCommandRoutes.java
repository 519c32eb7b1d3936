package com.propcare.command.policy;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.propcare.access.RouteRules.REFERENCE_READERS;
import static com.propcare.access.RouteRules.notOfficeData;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.only;

/**
 * Who may read and adopt policies and callback kinds: everyone reads them, directors and administrators adopt them.
 */
@Configuration(proxyBeanMethods = false)
class PolicyCommandRoutes {

    private static final Set<Role> POLICY_MAKERS = only(Role.ADMIN, Role.DIRECTOR);

    @Bean
    RouteRules policyCommandRules() {
        return RouteRules.builder()
                         .get("/api/policies/defaults", notOfficeData(), REFERENCE_READERS)
                         .get("/api/offices/{officeId}/policies", office("officeId"), REFERENCE_READERS)
                         .get("/api/offices/{officeId}/policies/in-force", office("officeId"), REFERENCE_READERS)
                         .post("/api/offices/{officeId}/policies", office("officeId"), POLICY_MAKERS)
                         .post("/api/offices/{officeId}/callback-kinds", office("officeId"), POLICY_MAKERS)
                         .put("/api/offices/{officeId}/callback-kinds/{code}", office("officeId"), POLICY_MAKERS)
                         .build();
    }
}
