package com.propcare.command.callback.trigger;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.survey.SurveyCampaignId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.propcare.command.callback.trigger.FixedOfficeRules.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

/** Given a verified rectification, the follow-up callbacks it owes; no store, no bus. */
class SurveyFollowUpPolicyTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void a_verified_rectification_calls_back_every_household_not_satisfied_in_its_category_and_nobody_else() {
        RectificationVerified verified = new RectificationVerified(
                new SurveyCampaignId("office-1:2026-H2"), OFFICE, "rect-1", true, "checked",
                List.of(new HouseholdId("h-1"), new HouseholdId("h-2")), AT, new StaffId("checker-1"));

        assertThat(SurveyFollowUpPolicy.decide(verified, new FixedOfficeRules())).hasSize(2).allSatisfy(callback -> {
            assertThat(callback.kind()).isEqualTo(new KindCode("SURVEY_FOLLOW_UP"));
            assertThat(callback.subject()).isEqualTo(new Subject(SubjectType.SURVEY_RECTIFICATION,
                                                                 "office-1:2026-H2/rect-1"));
            assertThat(callback.due()).isEqualTo(AT.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
        });
        RectificationVerified nobody = new RectificationVerified(
                new SurveyCampaignId("office-1:2026-H2"), OFFICE, "rect-2", true, "checked", List.of(), AT,
                new StaffId("checker-1"));
        assertThat(SurveyFollowUpPolicy.decide(nobody, new FixedOfficeRules())).isEmpty();
    }
}
