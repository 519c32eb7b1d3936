package com.propcare.query.dashboard;

import com.propcare.query.dashboard.DashboardQueries.FindCompanyDashboard;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Business gauges per office, refreshed from the company dashboard every
 * {@code propcare.metrics.refresh-interval} (30 s by default) rather than on every scrape, so that scrapes stay cheap
 * whatever the number of offices. Rates are percentages of the current month; a rate without a denominator is left
 * out rather than reported as 0.
 */
@Component
class DashboardMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardMetrics.class);

    private final DashboardViews views;
    private final List<Gauge> gauges;
    private final List<RateGauge> rateGauges;

    DashboardMetrics(DashboardViews views, MeterRegistry registry) {
        this.views = views;
        this.gauges = List.of(
                gauge(registry, "propcare.obligations.open", "open obligations (replies, callbacks, follow-ups, visits)",
                      office -> (double) office.tally().open()),
                gauge(registry, "propcare.obligations.due.today", "open obligations due today in the office's day",
                      office -> (double) office.tally().dueToday()),
                gauge(registry, "propcare.obligations.overdue", "open obligations past their due time",
                      office -> (double) office.tally().overdue()));
        this.rateGauges = List.of(
                rate(registry, "propcare.callbacks.rate", "callbacks performed / scheduled this month, %",
                     OfficeRates::callbackRate),
                rate(registry, "propcare.callbacks.on.time.rate", "callbacks performed on time / scheduled, %",
                     OfficeRates::callbacksOnTime),
                rate(registry, "propcare.complaints.first.reply.on.time.rate",
                     "complaints answered within the first-reply deadline / received this month, %",
                     OfficeRates::firstReplyOnTime),
                rate(registry, "propcare.complaints.rate", "complaints received this month / households, %",
                     OfficeRates::complaintRate));
    }

    @Scheduled(fixedDelayString = "${propcare.metrics.refresh-interval:PT30S}", initialDelayString = "PT5S")
    void refresh() {
        try {
            CompanyDashboard company = views.handle(new FindCompanyDashboard(null));
            gauges.forEach(gauge -> gauge.multiGauge.register(
                    company.pending().stream().map(office -> MultiGauge.Row.of(
                            Tags.of("office", office.officeId()), gauge.value.apply(office))).toList(), true));
            rateGauges.forEach(gauge -> {
                List<MultiGauge.Row<?>> rows = new ArrayList<>();
                company.offices().forEach(office -> {
                    Rate rate = gauge.rate.apply(office);
                    if (rate != null && rate.percent() != null) {
                        rows.add(MultiGauge.Row.of(Tags.of("office", office.officeId()), rate.percent()));
                    }
                });
                gauge.multiGauge.register(rows, true);
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the business gauges", e);
        }
    }

    private static Gauge gauge(MeterRegistry registry, String name, String description,
                               Function<CompanyDashboard.OfficePending, Double> value) {
        return new Gauge(MultiGauge.builder(name).description(description).register(registry), value);
    }

    private static RateGauge rate(MeterRegistry registry, String name, String description,
                                  Function<OfficeRates, Rate> rate) {
        return new RateGauge(MultiGauge.builder(name).description(description).baseUnit("percent").register(registry),
                             rate);
    }

    private record Gauge(MultiGauge multiGauge, Function<CompanyDashboard.OfficePending, Double> value) {
    }

    private record RateGauge(MultiGauge multiGauge, Function<OfficeRates, Rate> rate) {
    }
}
