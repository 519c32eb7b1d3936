package com.propcare.query.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An office's satisfaction dashboard: every campaign's figures (overall and per category, the Pareto table with its
 * main items) in period order, and the trend of the final rate across them.
 */
public record SatisfactionOverview(String officeId, Instant asOf, List<Campaign> campaigns, List<TrendPoint> trend) {

    public record Campaign(String campaignId, String period, boolean closed, SurveyStatistics.Result statistics) {
    }

    /** @param finalRatePercent null while no category was answered */
    public record TrendPoint(String period, BigDecimal returnRatePercent, BigDecimal finalRatePercent) {
    }
}
