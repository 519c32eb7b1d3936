package com.propcare.query.admin;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.only;

/** Who may operate the read models and failed reactions: administrators. */
@Configuration(proxyBeanMethods = false)
class AdminQueryRoutes {

    private static final Set<Role> ADMIN = only(Role.ADMIN);

    @Bean
    RouteRules adminRules() {
        return RouteRules.builder()
                         .get("/api/admin/projections", company(), ADMIN)
                         .get("/api/admin/projections/{name}", company(), ADMIN)
                         .post("/api/admin/projections/{name}/rebuild", company(), ADMIN)
                         .get("/api/admin/dead-letters", company(), ADMIN)
                         .get("/api/admin/dead-letters/{processingGroup}/{sequence}", company(), ADMIN)
                         .post("/api/admin/dead-letters/{processingGroup}/{sequence}/retry", company(), ADMIN)
                         .build();
    }
}
