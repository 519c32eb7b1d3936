package com.propcare.query.survey;

import com.propcare.query.support.AfterBatch;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Sends fresh satisfaction figures to the subscribers of the offices a batch of survey events changed. */
@Component
public class SatisfactionUpdates {

    private static final String TOUCHED = "satisfaction-offices-touched";

    private final QueryUpdateEmitter emitter;
    private final SurveyQueries queries;

    public SatisfactionUpdates(QueryUpdateEmitter emitter, SurveyQueries queries) {
        this.emitter = emitter;
        this.queries = queries;
    }

    void changed(String office) {
        AfterBatch.collect(TOUCHED, office, this::emit);
    }

    private void emit(Set<String> offices) {
        emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload)
               .filter(FindSatisfaction.class::isInstance).map(FindSatisfaction.class::cast)
               .filter(query -> offices.contains(query.officeId())).distinct()
               .forEach(query -> emitter.emit(FindSatisfaction.class, query::equals, queries.handle(query)));
    }
}
