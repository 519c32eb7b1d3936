package com.propcare.events.survey;

import com.propcare.events.DepartmentId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A main improvement item got its cause analysis, owner and deadline (domain §4, Pareto). */
@Revision("1")
public record RectificationPlanned(SurveyCampaignId campaignId, OfficeId officeId, String rectificationId,
                                   SurveyRules.Category category, String causeAnalysis, String measures,
                                   StaffId owner, DepartmentId department, Instant due, PolicyVersion policy,
                                   Instant plannedAt, StaffId plannedBy) implements SurveyEvent {
}
