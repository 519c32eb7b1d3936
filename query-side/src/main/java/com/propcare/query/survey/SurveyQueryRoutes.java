package com.propcare.query.survey;

import com.propcare.access.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.propcare.access.RouteRules.DASHBOARDS;
import static com.propcare.access.RouteRules.aggregate;
import static com.propcare.access.RouteRules.office;

/** Who may read survey figures and reports: whoever reads dashboards. */
@Configuration(proxyBeanMethods = false)
class SurveyQueryRoutes {

    @Bean
    RouteRules surveyReadRules() {
        return RouteRules.builder()
                         .get("/api/offices/{officeId}/survey-trend", office("officeId"), DASHBOARDS)
                         .get("/api/surveys/{id}/report", aggregate("id"), DASHBOARDS)
                         .get("/api/surveys/{id}/report.html", aggregate("id"), DASHBOARDS)
                         .build();
    }
}
