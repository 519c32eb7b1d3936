package com.propcare.command.calendar;

import com.propcare.access.Role;
import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.REFERENCE_READERS;
import static com.propcare.access.RouteRules.company;
import static com.propcare.access.RouteRules.notOfficeData;
import static com.propcare.access.RouteRules.office;
import static com.propcare.access.RouteRules.only;

/** Who may read and change the working-day calendars: everyone reads them, administrators set them. */
@Configuration(proxyBeanMethods = false)
class CalendarCommandRoutes {

    @Bean
    RouteRules calendarCommandRules() {
        return RouteRules.builder()
                         .get("/api/calendars/{region}/add", notOfficeData(), REFERENCE_READERS)
                         .get("/api/calendars/{region}/{year}", notOfficeData(), REFERENCE_READERS)
                         .put("/api/calendars/{region}/{year}", company(), only(Role.ADMIN))
                         .get("/api/offices/{officeId}/calendar-adjustments", office("officeId"), REFERENCE_READERS)
                         .post("/api/offices/{officeId}/calendar-adjustments", office("officeId"), only(Role.ADMIN))
                         .build();
    }
}
