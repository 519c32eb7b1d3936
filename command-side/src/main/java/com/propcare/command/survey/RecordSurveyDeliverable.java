package com.propcare.command.survey;

import com.propcare.events.StaffId;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.survey.SurveyDeliverable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The report was issued or the improvement measures were posted ({@code reference}: where). */
public record RecordSurveyDeliverable(@TargetAggregateIdentifier SurveyCampaignId campaignId, SurveyDeliverable deliverable,
                                      String reference, Instant at, StaffId by) {
}
