package com.propcare.query.support;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.Set;

import static com.propcare.access.RouteRules.DASHBOARDS;
import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.notOfficeData;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.officeParameter;
import static com.propcare.access.RouteRules.only;

/**
 * Who may read which read model. Lists name their office in a parameter (users of specific offices must give
 * one); one resource is checked by the office of its aggregate; the event feed and the office list filter by the
 * caller's offices themselves.
 */
@Configuration(proxyBeanMethods = false)
class QueryRoutes {

    private static final Set<Role> AUDITORS = only(Role.AUDITOR);
    private static final Set<Role> FEED = only(Role.INTEGRATOR);
    private static final Set<Role> ADMIN = only(Role.ADMIN);

    @Bean
    RouteRules queryRouteRules() {
        Set<Role> registryReaders = EnumSet.copyOf(STAFF);
        registryReaders.add(Role.ADMIN);
        Set<Role> householdReaders = EnumSet.copyOf(registryReaders);
        householdReaders.add(Role.AUDITOR);
        Set<Role> anyone = EnumSet.allOf(Role.class);
        // auditors pick the complaint to examine from the list; its views stay with the staff
        Set<Role> complaintListers = EnumSet.copyOf(STAFF);
        complaintListers.add(Role.AUDITOR);
        // directors and supervisors follow their office's complaints through time; the chain is the auditors'
        Set<Role> timelineReaders = EnumSet.of(Role.AUDITOR, Role.DIRECTOR, Role.SUPERVISOR);
        Set<Role> schemaReaders = only(Role.INTEGRATOR, Role.ADMIN);
        return RouteRules.builder()
                         .get("/api/complaints", officeParameter("office"), complaintListers)
                         .get("/api/complaints/{id}", aggregate("id"), STAFF)
                         .get("/api/complaints/{id}/stream", aggregate("id"), STAFF)
                         .get("/api/complaints/{id}/related", aggregate("id"), STAFF)
                         .get("/api/work-orders", officeParameter("office"), STAFF)
                         .get("/api/work-orders/{id}", aggregate("id"), STAFF)
                         .get("/api/callbacks", officeParameter("office"), STAFF)
                         .get("/api/callbacks/{id}", aggregate("id"), STAFF)
                         .get("/api/staff/{staffId}/obligations", aggregate("staffId"), STAFF)
                         .get("/api/visits", officeParameter("office"), STAFF)
                         .get("/api/visits/{id}", aggregate("id"), STAFF)
                         .get("/api/opinions", officeParameter("office"), STAFF)
                         .get("/api/receptions", officeParameter("office"), STAFF)

                         .get("/api/offices", inHandler(), anyone)
                         .get("/api/offices/{id}", office("id"), anyone)
                         .get("/api/offices/{id}/households", office("id"), registryReaders)
                         .get("/api/offices/{id}/staff", office("id"), registryReaders)
                         .get("/api/households/{id}", aggregate("id"), householdReaders)
                         .get("/api/staff/{id}", aggregate("id"), registryReaders)

                         .get("/api/dashboard", company(), DASHBOARDS)
                         .get("/api/dashboard/stream", company(), DASHBOARDS)
                         .get("/api/offices/{officeId}/dashboard/**", office("officeId"), DASHBOARDS)
                         .get("/api/offices/{officeId}/callback-summary", office("officeId"), DASHBOARDS)
                         .get("/api/offices/{officeId}/visit-quota", office("officeId"), DASHBOARDS)
                         .get("/api/offices/{officeId}/bulletins/{month}", office("officeId"), DASHBOARDS)
                         .get("/api/offices/{officeId}/recurring-problems", office("officeId"), DASHBOARDS)
                         .get("/api/offices/{officeId}/survey-trend", office("officeId"), DASHBOARDS)
                         .get("/api/surveys/{id}/report", aggregate("id"), DASHBOARDS)
                         .get("/api/surveys/{id}/report.html", aggregate("id"), DASHBOARDS)

                         .get("/api/audit/complaints/{id}", aggregate("id"), AUDITORS)
                         .get("/api/audit/complaints/{id}/history", aggregate("id"), timelineReaders)
                         .get("/api/audit/offices/{officeId}/log", office("officeId"), AUDITORS)
                         .get("/api/audit/verify", notOfficeData(), AUDITORS)
                         .get("/api/audit/checkpoints", notOfficeData(), AUDITORS)
                         .post("/api/audit/checkpoints", notOfficeData(), AUDITORS)
                         .post("/api/audit/checkpoints/verify", notOfficeData(), AUDITORS)
                         .get("/api/audit/reads", company(), AUDITORS)

                         .get("/api/events", inHandler(), FEED)
                         .post("/api/webhooks", inHandler(), schemaReaders)
                         .get("/api/webhooks", inHandler(), schemaReaders)
                         .get("/api/webhooks/{id}", inHandler(), schemaReaders)
                         .post("/api/webhooks/{id}/*", inHandler(), schemaReaders)
                         .add(HttpMethod.DELETE, "/api/webhooks/{id}", inHandler(), schemaReaders)
                         .get("/api/events/schemas", notOfficeData(), schemaReaders)
                         .get("/api/events/schemas/{type}", notOfficeData(), schemaReaders)

                         .get("/api/admin/projections", company(), ADMIN)
                         .get("/api/admin/projections/{name}", company(), ADMIN)
                         .post("/api/admin/projections/{name}/rebuild", company(), ADMIN)
                         .get("/api/admin/dead-letters", company(), ADMIN)
                         .get("/api/admin/dead-letters/{processingGroup}/{sequence}", company(), ADMIN)
                         .post("/api/admin/dead-letters/{processingGroup}/{sequence}/retry", company(), ADMIN)
                         .build();
    }
}
