package com.propcare.command.survey;

import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the deadline scheduler; records the overdue fact once, or nothing when it no longer applies. */
public record MarkSurveyObligationOverdue(@TargetAggregateIdentifier SurveyCampaignId campaignId, String obligation, Instant detectedAt) {
}
