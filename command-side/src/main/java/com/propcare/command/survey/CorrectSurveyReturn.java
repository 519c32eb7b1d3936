package com.propcare.command.survey;

import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The household corrects its return before the window closes; the latest answers count. */
public record CorrectSurveyReturn(@TargetAggregateIdentifier SurveyCampaignId campaignId, String returnId,
                                  Map<Category, List<Answer>> answers, String opinion, Instant at, StaffId by) {
}
