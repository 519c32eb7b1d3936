package com.propcare.events.survey;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.policy.SurveyRules;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A campaign was distributed (domain §4). The list of households it went to is fixed here, so that later
 * move-ins or move-outs never change its denominator; the due times come from the policy version in force at
 * distribution.
 *
 * @param period            e.g. {@code 2026-H2}
 * @param surveyed          who was chosen (domain §7), and {@code distributedTo} the households that got one
 * @param collectionCloses  the end of the collection window (15 working days by default)
 * @param reportDue         the report is due by then (30 working days)
 * @param improvementsDue   the improvement measures are posted by then (30 working days after distribution)
 */
@Revision("1")
public record SurveyCampaignOpened(SurveyCampaignId campaignId, OfficeId officeId, String period,
                                   List<SurveyRules.Category> categories, SurveyRules.Surveyed surveyed,
                                   List<HouseholdId> distributedTo, Instant distributedAt, Instant collectionCloses,
                                   Instant reportDue, Instant improvementsDue, int returnRateThresholdPercent,
                                   int penaltyPointsPerPoint, int paretoCumulativePercent, PolicyVersion policy,
                                   StaffId openedBy) implements SurveyEvent {
}
