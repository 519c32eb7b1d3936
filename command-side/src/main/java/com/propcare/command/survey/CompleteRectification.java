package com.propcare.command.survey;

import com.propcare.events.StaffId;
import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The owner reports the rectification done. */
public record CompleteRectification(@TargetAggregateIdentifier SurveyCampaignId campaignId, String rectificationId, String outcome,
                                    Instant at, StaffId by) {
}
