package com.propcare.query.complaint;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.Set;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.officeParameter;

/** Who may read complaints: staff, and auditors the list they pick a complaint from. */
@Configuration(proxyBeanMethods = false)
class ComplaintQueryRoutes {

    @Bean
    RouteRules complaintReadRules() {
        // auditors pick the complaint to examine from the list; its views stay with the staff
        Set<Role> listers = EnumSet.copyOf(STAFF);
        listers.add(Role.AUDITOR);
        return RouteRules.builder()
                         .get("/api/complaints", officeParameter("office"), listers)
                         .get("/api/complaints/{id}", aggregate("id"), STAFF)
                         .get("/api/complaints/{id}/stream", aggregate("id"), STAFF)
                         .get("/api/complaints/{id}/related", aggregate("id"), STAFF)
                         .build();
    }
}
