package com.propcare.command.registry;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.only;

/**
 * Who may change the registry: administrators the offices and staff; the office's staff its households; directors
 * erase personal data.
 */
@Configuration(proxyBeanMethods = false)
class RegistryCommandRoutes {

    private static final Set<Role> ADMIN = only(Role.ADMIN);
    private static final Set<Role> HOUSEHOLDS = only(Role.ADMIN, Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR);

    @Bean
    RouteRules registryCommandRules() {
        return RouteRules.builder()
                         .post("/api/offices", company(), ADMIN)
                         .post("/api/offices/{officeId}/departments", office("officeId"), ADMIN)
                         .post("/api/offices/{officeId}/buildings", office("officeId"), ADMIN)
                         .post("/api/offices/{officeId}/buildings/{buildingId}/units", office("officeId"), ADMIN)
                         .post("/api/offices/{officeId}/staff", office("officeId"), ADMIN)
                         .post("/api/staff/{id}/department", aggregate("id"), ADMIN)
                         .post("/api/staff/{id}/leave", aggregate("id"), ADMIN)
                         .post("/api/staff/{id}/roles", aggregate("id"), ADMIN)
                         .post("/api/offices/{officeId}/households", office("officeId"), HOUSEHOLDS)
                         .post("/api/offices/{officeId}/households/import", office("officeId"), HOUSEHOLDS)
                         .post("/api/households/{id}/move-in", aggregate("id"), HOUSEHOLDS)
                         .post("/api/households/{id}/move-out", aggregate("id"), HOUSEHOLDS)
                         .post("/api/households/{id}/residents", aggregate("id"), HOUSEHOLDS)
                         .post("/api/households/{id}/contact-preferences", aggregate("id"), HOUSEHOLDS)
                         .post("/api/households/{id}/key-resident-flags", aggregate("id"), HOUSEHOLDS)
                         .post("/api/households/{id}/erasure", aggregate("id"), only(Role.ADMIN, Role.DIRECTOR))
                         .build();
    }
}
