package com.propcare.events.survey;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The report was issued, or the improvement measures were posted; late is recorded as late. */
@Revision("1")
public record SurveyDeliverableDone(SurveyCampaignId campaignId, OfficeId officeId, SurveyDeliverable deliverable,
                                    String reference, Instant doneAt, StaffId doneBy, boolean onTime)
        implements SurveyEvent {
}
