package com.propcare.command.support;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.Set;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.notOfficeData;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.only;

/**
 * Who may send which command. Routes whose office is in the body are checked by {@link CommandExecutor}; every
 * other office is checked before the request reaches a controller.
 */
@Configuration(proxyBeanMethods = false)
class CommandRoutes {

    private static final Set<Role> INTAKE = only(Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR);
    private static final Set<Role> MANAGERS = only(Role.SUPERVISOR, Role.DIRECTOR);
    private static final Set<Role> SURVEYS = only(Role.SUPERVISOR, Role.DIRECTOR, Role.QUALITY);
    private static final Set<Role> ADMIN = only(Role.ADMIN);
    private static final Set<Role> REGISTRY = only(Role.ADMIN, Role.CLERK, Role.SUPERVISOR, Role.DIRECTOR);
    private static final Set<Role> POLICY_MAKERS = only(Role.ADMIN, Role.DIRECTOR);

    @Bean
    RouteRules commandRouteRules() {
        Set<Role> readers = EnumSet.copyOf(STAFF);
        readers.add(Role.ADMIN);
        readers.add(Role.AUDITOR);
        return RouteRules.builder()
                         .get("/api/calendars/{region}/add", notOfficeData(), readers)
                         .get("/api/calendars/{region}/{year}", notOfficeData(), readers)
                         .put("/api/calendars/{region}/{year}", company(), ADMIN)
                         .get("/api/offices/{officeId}/calendar-adjustments", office("officeId"), readers)
                         .post("/api/offices/{officeId}/calendar-adjustments", office("officeId"), ADMIN)

                         .post("/api/offices", company(), ADMIN)
                         .post("/api/offices/{officeId}/departments", office("officeId"), ADMIN)
                         .post("/api/offices/{officeId}/buildings", office("officeId"), ADMIN)
                         .post("/api/offices/{officeId}/buildings/{buildingId}/units", office("officeId"), ADMIN)
                         .post("/api/offices/{officeId}/staff", office("officeId"), ADMIN)
                         .post("/api/staff/{id}/department", aggregate("id"), ADMIN)
                         .post("/api/staff/{id}/leave", aggregate("id"), ADMIN)
                         .post("/api/staff/{id}/roles", aggregate("id"), ADMIN)
                         .post("/api/offices/{officeId}/households", office("officeId"), REGISTRY)
                         .post("/api/offices/{officeId}/households/import", office("officeId"), REGISTRY)
                         .post("/api/households/{id}/move-in", aggregate("id"), REGISTRY)
                         .post("/api/households/{id}/move-out", aggregate("id"), REGISTRY)
                         .post("/api/households/{id}/residents", aggregate("id"), REGISTRY)
                         .post("/api/households/{id}/contact-preferences", aggregate("id"), REGISTRY)
                         .post("/api/households/{id}/key-resident-flags", aggregate("id"), REGISTRY)
                         .post("/api/households/{id}/erasure", aggregate("id"), only(Role.ADMIN, Role.DIRECTOR))

                         .get("/api/policies/defaults", notOfficeData(), readers)
                         .get("/api/offices/{officeId}/policies", office("officeId"), readers)
                         .get("/api/offices/{officeId}/policies/in-force", office("officeId"), readers)
                         .post("/api/offices/{officeId}/policies", office("officeId"), POLICY_MAKERS)
                         .post("/api/offices/{officeId}/callback-kinds", office("officeId"), POLICY_MAKERS)
                         .put("/api/offices/{officeId}/callback-kinds/{code}", office("officeId"), POLICY_MAKERS)

                         .post("/api/complaints", inHandler(), INTAKE)
                         .post("/api/complaints/{id}/**", aggregate("id"), STAFF)

                         .post("/api/work-orders", inHandler(), STAFF)
                         .post("/api/work-orders/{id}/**", aggregate("id"), STAFF)

                         .post("/api/callbacks/{id}/spot-checks", aggregate("id"), SURVEYS)
                         .post("/api/callbacks/{id}/cancellation", aggregate("id"), MANAGERS)
                         .post("/api/callbacks/{id}/**", aggregate("id"), STAFF)
                         .post("/api/matters", inHandler(), STAFF)

                         .post("/api/visits", inHandler(), STAFF)
                         .post("/api/visits/{id}/**", aggregate("id"), STAFF)
                         .post("/api/opinions/{id}/answer", aggregate("id"), STAFF)
                         .post("/api/offices/{officeId}/holiday-visits", office("officeId"), STAFF)
                         .post("/api/offices/{officeId}/mass-move-ins", office("officeId"), REGISTRY)
                         .post("/api/receptions", inHandler(), STAFF)
                         .post("/api/building-leader-meetings", inHandler(), STAFF)

                         .post("/api/surveys", inHandler(), SURVEYS)
                         .post("/api/surveys/{id}/returns", aggregate("id"), STAFF)
                         .put("/api/surveys/{id}/returns/{returnId}", aggregate("id"), STAFF)
                         .post("/api/surveys/{id}/**", aggregate("id"), SURVEYS)
                         .build();
    }
}
