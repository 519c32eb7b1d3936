package com.propcare.command.visit;

import com.propcare.command.complaint.RegisterComplaint;
import com.propcare.events.HouseholdId;
import com.propcare.events.callback.MatterId;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.visit.HolidayPlanId;
import com.propcare.events.visit.HolidayVisitsPlanned;
import com.propcare.events.visit.MassMoveInId;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.OpinionSource;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;
import com.propcare.events.visit.VisitId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.propcare.command.visit.VisitTestData.CLERK;
import static com.propcare.command.visit.VisitTestData.HOUSEHOLD;
import static com.propcare.command.visit.VisitTestData.OFFICE;
import static com.propcare.command.visit.VisitTestData.POLICY;
import static com.propcare.command.visit.VisitTestData.SUPERVISOR;
import static com.propcare.command.visit.VisitTestData.officeTime;
import static org.assertj.core.api.Assertions.assertThat;

/** Each visit and opinion policy: given an event (and its facts), exactly the commands it owes; no store, no bus. */
class VisitPoliciesTest {

    private static final Instant AT = officeTime(10, 0);
    private static final HouseholdId OTHER = new HouseholdId("h-2");

    @Test
    void a_move_in_owes_a_new_owner_visit_counted_in_the_mass_move_in_covering_its_day() {
        HouseholdMovedIn movedIn = new HouseholdMovedIn(HOUSEHOLD, OFFICE, LocalDate.of(2026, 3, 2), List.of(), AT,
                                                        CLERK);
        MassMoveInId mass = new MassMoveInId("mass-1");

        ScheduleNewOwnerVisit visit = VisitPolicies.MoveIns.decide(movedIn, mass);

        assertThat(visit.visitId()).isEqualTo(new VisitId("new-owner:h-1:2026-03-02"));
        assertThat(visit.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(visit.massMoveIn()).isEqualTo(mass);
        assertThat(VisitPolicies.MoveIns.decide(movedIn, null).massMoveIn()).isNull();
    }

    @Test
    void a_holiday_plan_owes_one_visit_per_household_it_names() {
        HolidayVisitsPlanned plan = new HolidayVisitsPlanned(new HolidayPlanId("spring-2027"), OFFICE,
                                                             "Spring Festival", LocalDate.of(2027, 2, 6),
                                                             List.of(HOUSEHOLD, OTHER), AT, POLICY, AT, SUPERVISOR);

        assertThat(VisitPolicies.Holidays.decide(plan)).extracting(ScheduleHolidayVisit::visitId).containsExactly(
                new VisitId("holiday:spring-2027:h-1"), new VisitId("holiday:spring-2027:h-2"));
    }

    @Test
    void an_accident_owes_a_visit_to_each_household_it_concerned_and_other_matters_owe_none() {
        MatterRecorded accident = new MatterRecorded(new MatterId("m-1"), OFFICE, "ACCIDENT", List.of(HOUSEHOLD, OTHER),
                                                     null, "pipe burst", null, null, AT, AT, CLERK, List.of());
        MatterRecorded activity = new MatterRecorded(new MatterId("m-2"), OFFICE, "COMMUNITY_ACTIVITY",
                                                     List.of(HOUSEHOLD), null, "fair", null, null, AT, AT, CLERK,
                                                     List.of());

        assertThat(VisitPolicies.Accidents.decide(accident)).extracting(ScheduleAfterAccidentVisit::visitId)
                .containsExactly(new VisitId("after-accident:m-1:h-1"), new VisitId("after-accident:m-1:h-2"));
        assertThat(VisitPolicies.Accidents.decide(activity)).isEmpty();
    }

    @Test
    void each_opinion_of_a_record_is_raised_by_whoever_heard_it() {
        RaisedOpinion opinion = new RaisedOpinion(new OpinionId("v-1:opinion-1"), OpinionType.SUGGESTION, "Benches",
                                                  HOUSEHOLD, null);

        assertThat(VisitPolicies.Opinions.raise(OpinionSource.VISIT, "v-1", OFFICE, List.of(opinion), AT, SUPERVISOR))
                .singleElement().satisfies(raise -> {
                    assertThat(raise.opinionId()).isEqualTo(opinion.opinionId());
                    assertThat(raise.raisedBy()).isEqualTo(SUPERVISOR);
                });
    }

    @Test
    void an_opinion_of_type_complaint_owes_a_complaint_named_after_it_and_its_filing_and_a_suggestion_owes_none() {
        OpinionId id = new OpinionId("v-1:opinion-1");
        OpinionRaised complaint = new OpinionRaised(id, OpinionSource.VISIT, "v-1", OFFICE, HOUSEHOLD,
                                                    OpinionType.COMPLAINT, ComplaintCategory.PUBLIC_FACILITIES,
                                                    "Lift noisy", AT, POLICY, AT, SUPERVISOR);
        OpinionRaised suggestion = new OpinionRaised(id, OpinionSource.RECEPTION, "r-1", OFFICE, HOUSEHOLD,
                                                     OpinionType.SUGGESTION, null, "Benches", AT, POLICY, AT,
                                                     SUPERVISOR);

        ComplaintId registered = new ComplaintId("opinion:v-1:opinion-1");
        assertThat(VisitPolicies.Opinions.decide(complaint)).containsExactly(
                new RegisterComplaint(registered, OFFICE, ComplaintChannel.RAISED_IN_VISIT, HOUSEHOLD,
                                      ComplaintCategory.PUBLIC_FACILITIES, "Lift noisy", AT, SUPERVISOR, "visit:v-1"),
                new FileOpinionAsComplaint(id, registered, AT));
        assertThat(VisitPolicies.Opinions.decide(suggestion)).isEmpty();
    }
}
