package com.propcare.command.calendar;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.Set;

import static com.propcare.access.RouteRules.STAFF;
import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.notOfficeData;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.only;

/** Who may read and change the working-day calendars: everyone reads them, administrators set them. */
@Configuration(proxyBeanMethods = false)
class CalendarCommandRoutes {

    @Bean
    RouteRules calendarCommandRules() {
        // everyone who works with the registry or audits it reads the calendars and policies
        Set<Role> readers = EnumSet.copyOf(STAFF);
        readers.add(Role.ADMIN);
        readers.add(Role.AUDITOR);
        return RouteRules.builder()
                         .get("/api/calendars/{region}/add", notOfficeData(), readers)
                         .get("/api/calendars/{region}/{year}", notOfficeData(), readers)
                         .put("/api/calendars/{region}/{year}", company(), only(Role.ADMIN))
                         .get("/api/offices/{officeId}/calendar-adjustments", office("officeId"), readers)
                         .post("/api/offices/{officeId}/calendar-adjustments", office("officeId"), only(Role.ADMIN))
                         .build();
    }
}
