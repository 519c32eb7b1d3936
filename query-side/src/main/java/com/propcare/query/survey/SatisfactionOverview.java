package com.propcare.query.survey;

import com.propcare.query.support.Table;
import com.propcare.query.support.Tabular;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An office's satisfaction dashboard: every campaign's figures (overall and per category, the Pareto table with its
 * main items) in period order, and the trend of the final rate across them.
 */
public record SatisfactionOverview(String officeId, Instant asOf, List<Campaign> campaigns, List<TrendPoint> trend)
        implements Tabular {

    /** One row per campaign and category: the answers counted and the rate, with the campaign's overall figures. */
    @Override
    public Table table() {
        Table.Builder table = Table.with("period", "category", "satisfied", "basicallySatisfied", "notSatisfied",
                                         "abstentions", "ratePercent", "returnRatePercent", "finalRatePercent");
        for (Campaign campaign : campaigns) {
            SurveyStatistics.Result result = campaign.statistics();
            for (SurveyStatistics.CategoryRate category : result.categories()) {
                SurveyStatistics.Counts counts = category.counts();
                table.row(campaign.period(), category.category(), counts.satisfied(), counts.basicallySatisfied(),
                          counts.notSatisfied(), counts.abstentions(), category.ratePercent(),
                          result.returnRatePercent(), result.finalRatePercent());
            }
        }
        return table.build();
    }

    public record Campaign(String campaignId, String period, boolean closed, SurveyStatistics.Result statistics) {
    }

    /** @param finalRatePercent null while no category was answered */
    public record TrendPoint(String period, BigDecimal returnRatePercent, BigDecimal finalRatePercent) {
    }
}
