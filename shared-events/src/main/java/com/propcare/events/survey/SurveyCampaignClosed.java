package com.propcare.events.survey;

import com.propcare.events.OfficeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Collection ended (the window passed, or closed early by the office); no return is accepted after this. */
@Revision("1")
public record SurveyCampaignClosed(SurveyCampaignId campaignId, OfficeId officeId, int distributed, int returned,
                                   String reason, Instant closedAt) implements SurveyEvent {
}
