package com.propcare.query.registry;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.Set;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.inHandler;
import static com.propcare.access.RouteRules.office;

/**
 * Who may read the registry: anyone their offices; staff and administrators its households and staff; auditors a
 * household too.
 */
@Configuration(proxyBeanMethods = false)
class RegistryQueryRoutes {

    @Bean
    RouteRules registryReadRules() {
        Set<Role> readers = EnumSet.copyOf(STAFF);
        readers.add(Role.ADMIN);
        Set<Role> householdReaders = EnumSet.copyOf(readers);
        householdReaders.add(Role.AUDITOR);
        return RouteRules.builder()
                         .get("/api/offices", inHandler(), EnumSet.allOf(Role.class))
                         .get("/api/offices/{id}", office("id"), EnumSet.allOf(Role.class))
                         .get("/api/offices/{id}/households", office("id"), readers)
                         .get("/api/offices/{id}/staff", office("id"), readers)
                         .get("/api/households/{id}", aggregate("id"), householdReaders)
                         .get("/api/staff/{id}", aggregate("id"), readers)
                         .build();
    }
}
