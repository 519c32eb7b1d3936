package com.propcare.command.visit;

import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.visit.OpinionAnswered;
import com.propcare.events.visit.OpinionFiledAsComplaint;
import com.propcare.events.visit.OpinionId;
import com.propcare.events.visit.OpinionOverdue;
import com.propcare.events.visit.OpinionRaised;
import com.propcare.events.visit.OpinionSource;
import com.propcare.events.visit.OpinionType;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.propcare.command.visit.VisitTestData.HOUSEHOLD;
import static com.propcare.command.visit.VisitTestData.OFFICE;
import static com.propcare.command.visit.VisitTestData.POLICY;
import static com.propcare.command.visit.VisitTestData.SHANGHAI;
import static com.propcare.command.visit.VisitTestData.SUPERVISOR;
import static com.propcare.command.visit.VisitTestData.officeTime;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OpinionTest {

    private static final OpinionId OPINION = new OpinionId("v-1:opinion-1");
    private static final Instant RAISED = officeTime(19, 0);
    private static final Instant ANSWER_DUE = RAISED.atZone(SHANGHAI).plusMonths(1).toInstant();

    private AggregateTestFixture<Opinion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opinion.class);
        fixture.registerInjectableResource(VisitTestData.policies());
        fixture.registerInjectableResource(VisitTestData.calendars());
    }

    private static OpinionRaised raised(OpinionType type) {
        return new OpinionRaised(OPINION, OpinionSource.VISIT, "v-1", OFFICE, HOUSEHOLD, type,
                                 type == OpinionType.COMPLAINT ? ComplaintCategory.PUBLIC_FACILITIES : null,
                                 "Lift noisy", ANSWER_DUE, POLICY, RAISED, SUPERVISOR);
    }

    @Test
    void an_opinion_is_answered_within_the_policy_month() {
        fixture.givenNoPriorActivity()
               .when(new RaiseOpinion(OPINION, OpinionSource.VISIT, "v-1", OFFICE,
                                      new RaisedOpinion(OPINION, OpinionType.SUGGESTION, "Lift noisy", HOUSEHOLD,
                                                        null), RAISED, SUPERVISOR))
               .expectEvents(raised(OpinionType.SUGGESTION));
    }

    @Test
    void a_complaint_without_a_household_cannot_be_raised() {
        fixture.givenNoPriorActivity()
               .when(new RaiseOpinion(OPINION, OpinionSource.MEETING, "m-1", OFFICE,
                                      new RaisedOpinion(OPINION, OpinionType.COMPLAINT, "Noise", null, null), RAISED,
                                      SUPERVISOR))
               .expectExceptionMessage(containsString(VisitRefusalCodes.OPINION_COMPLAINT_NEEDS_HOUSEHOLD));
    }

    @Test
    void answering_late_is_recorded_as_late_and_answering_twice_is_a_conflict() {
        Instant late = ANSWER_DUE.plusSeconds(1);
        fixture.given(raised(OpinionType.ENQUIRY))
               .when(new AnswerOpinion(OPINION, null, "Fixed", true, late, SUPERVISOR))
               .expectEvents(new OpinionAnswered(OPINION, OFFICE, "Fixed", true, late, SUPERVISOR, false));
        fixture.given(raised(OpinionType.ENQUIRY),
                      new OpinionAnswered(OPINION, OFFICE, "Fixed", true, late, SUPERVISOR, false))
               .when(new AnswerOpinion(OPINION, null, "Again", null, late, SUPERVISOR))
               .expectExceptionMessage(containsString(VisitRefusalCodes.OPINION_ALREADY_ANSWERED));
    }

    @Test
    void an_unanswered_opinion_becomes_overdue_once() {
        fixture.given(raised(OpinionType.SUGGESTION))
               .when(new MarkOpinionOverdue(OPINION, ANSWER_DUE))
               .expectEvents(new OpinionOverdue(OPINION, OFFICE, ANSWER_DUE, ANSWER_DUE));
        fixture.given(raised(OpinionType.SUGGESTION), new OpinionOverdue(OPINION, OFFICE, ANSWER_DUE, ANSWER_DUE))
               .when(new MarkOpinionOverdue(OPINION, ANSWER_DUE.plusSeconds(5)))
               .expectNoEvents();
    }

    @Test
    void filing_the_complaint_twice_records_it_once() {
        ComplaintId complaint = new ComplaintId("opinion:" + OPINION);
        fixture.given(raised(OpinionType.COMPLAINT), new OpinionFiledAsComplaint(OPINION, OFFICE, complaint, RAISED))
               .when(new FileOpinionAsComplaint(OPINION, complaint, RAISED))
               .expectNoEvents();
    }
}
