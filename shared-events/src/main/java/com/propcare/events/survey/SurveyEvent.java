package com.propcare.events.survey;

/** Every fact in a survey campaign's stream. */
public sealed interface SurveyEvent
        permits SurveyCampaignOpened, SurveyReturnRecorded, SurveyReturnCorrected, SurveyCampaignClosed,
                RectificationPlanned, RectificationCompleted, RectificationVerified, SurveyDeliverableDone,
                SurveyObligationOverdue {
    SurveyCampaignId campaignId();
}
