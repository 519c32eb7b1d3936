package com.propcare.query.dashboard;

import com.propcare.query.dashboard.DashboardQueries.FindCompanyDashboard;
import com.propcare.query.dashboard.DashboardQueries.FindOfficeRates;
import com.propcare.query.dashboard.DashboardQueries.FindPendingWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Sends fresh figures to the subscribers of the offices a batch changed, and to the company view. Figures are
 * computed only for queries somebody is subscribed to, once per subscribed query and batch, so a busy office
 * does not wake the subscribers of the others and nobody pays for views nobody watches.
 */
@Component
class DashboardUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardUpdates.class);

    private final QueryUpdateEmitter emitter;
    private final DashboardViews views;

    DashboardUpdates(QueryUpdateEmitter emitter, DashboardViews views) {
        this.emitter = emitter;
        this.views = views;
    }

    void changed(Collection<String> offices) {
        views.forget(offices);
        List<Object> subscribed = emitter.activeSubscriptions().stream()
                                         .<Object>map(SubscriptionQueryMessage::getPayload).distinct().toList();
        for (Object query : subscribed) {
            try {
                emit(query, offices);
            } catch (RuntimeException e) {
                // a dashboard that cannot be computed now is computed again at the next change
                LOG.warn("Could not refresh the dashboard {}", query, e);
            }
        }
    }

    private void emit(Object query, Collection<String> offices) {
        if (query instanceof FindPendingWork pending && offices.contains(pending.officeId())) {
            emitter.emit(FindPendingWork.class, pending::equals, views.handle(pending));
        } else if (query instanceof FindOfficeRates rates && offices.contains(rates.officeId())) {
            emitter.emit(FindOfficeRates.class, rates::equals, views.handle(rates));
        } else if (query instanceof FindCompanyDashboard company) {
            emitter.emit(FindCompanyDashboard.class, company::equals, views.handle(company));
        }
    }
}
