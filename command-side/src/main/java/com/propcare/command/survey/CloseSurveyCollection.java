package com.propcare.command.survey;

import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the deadline scheduler when the collection window has passed; changes nothing once closed. */
public record CloseSurveyCollection(@TargetAggregateIdentifier SurveyCampaignId campaignId, Instant detectedAt) {
}
