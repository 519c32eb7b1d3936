package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.HouseholdId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.CallbackRules.KindRule;
import com.propcare.events.survey.RectificationVerified;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A verified rectification of a survey's main improvement item owes a survey follow-up callback to every household
 * whose latest answer in that category was "not satisfied" [004 3.6], effective or not: the household hears either
 * way, and an ineffective one is planned again.
 */
final class SurveyFollowUpPolicy {

    private SurveyFollowUpPolicy() {
    }

    static List<ScheduleCallback> decide(RectificationVerified verified, OfficeRules office) {
        PolicyInForce policy = office.policyAt(verified.verifiedAt());
        CallbackRules rules = policy.document().callbacks();
        KindRule rule = rules.kinds().get(CallbackKind.SURVEY_FOLLOW_UP);
        Instant due = office.add(verified.verifiedAt(), rule.due());
        Subject subject = new Subject(SubjectType.SURVEY_RECTIFICATION,
                                      verified.campaignId() + "/" + verified.rectificationId());
        return verified.followUpHouseholds().stream().map((HouseholdId household) -> new ScheduleCallback(
                new CallbackId("cb-" + verified.campaignId() + "-" + verified.rectificationId() + "-" + household),
                verified.officeId(), KindCode.of(CallbackKind.SURVEY_FOLLOW_UP), subject, household, due,
                rule.performers(), null, null, rule.conflictOfInterestAvoided(), Set.of(),
                rules.phoneRecordingRequired(), rules.recordRetentionYears(), null,
                "survey rectification " + verified.rectificationId() + " verified", policy.version(),
                verified.verifiedAt())).toList();
    }
}
