package com.propcare.events.survey;

import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The owner reports the rectification done; {@code onTime} compares with its due time. */
@Revision("1")
public record RectificationCompleted(SurveyCampaignId campaignId, OfficeId officeId, String rectificationId,
                                     String outcome, Instant completedAt, StaffId completedBy, boolean onTime)
        implements SurveyEvent {
}
