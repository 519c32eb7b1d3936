package com.propcare.query.survey;

import com.propcare.query.survey.SurveyStatistics.Result;

import java.util.List;
import java.util.Map;

/**
 * A campaign's report (问卷结果统计表): its figures by the regulations' formula, the Pareto table with the main
 * improvement items, the common opinions (no households named), the rectification plan and the deliverables with
 * their due times.
 */
public record SurveyReport(String campaignId, String officeId, String period, String policyVersion, boolean closed,
                           Result statistics, List<String> opinions, List<Map<String, Object>> rectifications,
                           Map<String, Object> deliverables) {
}
