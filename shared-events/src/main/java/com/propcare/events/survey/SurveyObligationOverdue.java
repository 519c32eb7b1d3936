package com.propcare.events.survey;

import com.propcare.events.OfficeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A deliverable ({@code REPORT}, {@code IMPROVEMENTS_POSTED}) or a rectification (its id) passed its due time
 * undone; detected once, by the deadline scheduler.
 */
@Revision("1")
public record SurveyObligationOverdue(SurveyCampaignId campaignId, OfficeId officeId, String obligation,
                                      Instant due, Instant detectedAt) implements SurveyEvent {
}
