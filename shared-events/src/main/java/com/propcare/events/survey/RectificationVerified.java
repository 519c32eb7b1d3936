package com.propcare.events.survey;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Someone other than the owner verified the rectification. {@code followUpHouseholds} are the households whose
 * latest return was "not satisfied" in the category: each gets a survey follow-up callback [004 3.6].
 */
@Revision("1")
public record RectificationVerified(SurveyCampaignId campaignId, OfficeId officeId, String rectificationId,
                                    boolean effective, String verification, List<HouseholdId> followUpHouseholds,
                                    Instant verifiedAt, StaffId verifiedBy) implements SurveyEvent {
}
