package com.propcare.command.survey;

import com.propcare.events.StaffId;
import com.propcare.events.survey.SurveyCampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Someone other than the owner verifies the rectification. */
public record VerifyRectification(@TargetAggregateIdentifier SurveyCampaignId campaignId, String rectificationId, boolean effective,
                                  String verification, Instant at, StaffId by) {
}
