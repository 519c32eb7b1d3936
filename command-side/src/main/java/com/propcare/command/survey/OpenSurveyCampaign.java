package com.propcare.command.survey;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules.Category;
import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Distributes a campaign; {@code categories} null means the policy's. The households are chosen by the policy's {@code surveyed}. */
public record OpenSurveyCampaign(@TargetAggregateIdentifier SurveyCampaignId campaignId, OfficeId officeId, String period,
                                 List<Category> categories, Instant distributedAt, StaffId by) {
}
