package com.propcare.command.survey;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.Answer;
import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A questionnaire came back; {@code householdId} null for an anonymous one. Blank and double ticks are allowed. */
public record RecordSurveyReturn(@TargetAggregateIdentifier SurveyCampaignId campaignId, String returnId, HouseholdId householdId,
                                 Map<Category, List<Answer>> answers, String opinion, Instant receivedAt, Instant at,
                                 StaffId by) {
}
