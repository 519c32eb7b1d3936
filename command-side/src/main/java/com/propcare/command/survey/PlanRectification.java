package com.propcare.command.survey;

import com.propcare.events.DepartmentId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A main improvement item gets its cause analysis, measures, owner and deadline; {@code due} null means the policy's. */
public record PlanRectification(@TargetAggregateIdentifier SurveyCampaignId campaignId, String rectificationId, Category category,
                                String causeAnalysis, String measures, StaffId owner, DepartmentId department,
                                Instant due, Instant at, StaffId by) {
}
