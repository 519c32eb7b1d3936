package com.propcare.command.survey;

import com.propcare.events.StaffId;
import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The office ends collection early, with its reason. */
public record CloseSurveyCampaign(@TargetAggregateIdentifier SurveyCampaignId campaignId, String reason, Instant at, StaffId by) {
}
