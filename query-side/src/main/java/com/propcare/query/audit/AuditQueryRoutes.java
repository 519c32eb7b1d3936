package com.propcare.query.audit;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.notOfficeData;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.only;

/**
 * Who may audit: auditors; directors and supervisors follow their office's complaints through time, the chain is
 * the auditors'.
 */
@Configuration(proxyBeanMethods = false)
class AuditQueryRoutes {

    private static final Set<Role> AUDITORS = only(Role.AUDITOR);
    private static final Set<Role> TIMELINE_READERS = only(Role.AUDITOR, Role.DIRECTOR, Role.SUPERVISOR);

    @Bean
    RouteRules auditRules() {
        return RouteRules.builder()
                         .get("/api/audit/complaints/{id}", aggregate("id"), AUDITORS)
                         .get("/api/audit/complaints/{id}/history", aggregate("id"), TIMELINE_READERS)
                         .get("/api/audit/offices/{officeId}/log", office("officeId"), AUDITORS)
                         .get("/api/audit/verify", notOfficeData(), AUDITORS)
                         .get("/api/audit/checkpoints", notOfficeData(), AUDITORS)
                         .post("/api/audit/checkpoints", notOfficeData(), AUDITORS)
                         .post("/api/audit/checkpoints/verify", notOfficeData(), AUDITORS)
                         .get("/api/audit/reads", company(), AUDITORS)
                         .build();
    }
}
