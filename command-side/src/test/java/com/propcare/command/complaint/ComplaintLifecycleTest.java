package com.propcare.command.complaint;

import java.util.Optional;
import java.util.List;
import com.propcare.events.complaint.ClosingReason;
import com.propcare.events.complaint.ComplainantConfirmed;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintClosed;
import com.propcare.events.complaint.ComplaintDeclaredInvalid;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintEscalated;
import com.propcare.events.complaint.ComplaintReopened;
import com.propcare.events.complaint.ComplaintReviewRequested;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.ComplaintVerified;
import com.propcare.events.complaint.CorrectiveActionPlanned;
import com.propcare.events.complaint.DispatchReceived;
import com.propcare.events.complaint.EscalationLevel;
import com.propcare.events.complaint.HandlingDecided;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.complaint.Responsibility;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.propcare.command.complaint.ComplaintStatus.CLASSIFIED;
import static com.propcare.command.complaint.ComplaintStatus.CLOSED;
import static com.propcare.command.complaint.ComplaintStatus.DISPATCHED;
import static com.propcare.command.complaint.ComplaintStatus.HANDLING_DECIDED;
import static com.propcare.command.complaint.ComplaintStatus.IN_PROGRESS;
import static com.propcare.command.complaint.ComplaintStatus.REGISTERED;
import static com.propcare.command.complaint.ComplaintStatus.REOPENED;
import static com.propcare.command.complaint.ComplaintStatus.VERIFIED;
import static com.propcare.command.complaint.ComplaintTestData.AT;
import static com.propcare.command.complaint.ComplaintTestData.CALLBACK;
import static com.propcare.command.complaint.ComplaintTestData.CLERK;
import static com.propcare.command.complaint.ComplaintTestData.COMPLAINT;
import static com.propcare.command.complaint.ComplaintTestData.DIRECTOR;
import static com.propcare.command.complaint.ComplaintTestData.HANDLER;
import static com.propcare.command.complaint.ComplaintTestData.POLICY;
import static com.propcare.command.complaint.ComplaintTestData.REPAIRS;
import static com.propcare.command.complaint.ComplaintTestData.aRegistration;
import static com.propcare.command.complaint.ComplaintTestData.acknowledge;
import static com.propcare.command.complaint.ComplaintTestData.classify;
import static com.propcare.command.complaint.ComplaintTestData.completeCorrectiveAction;
import static com.propcare.command.complaint.ComplaintTestData.confirm;
import static com.propcare.command.complaint.ComplaintTestData.decideHandling;
import static com.propcare.command.complaint.ComplaintTestData.declareInvalid;
import static com.propcare.command.complaint.ComplaintTestData.dispatch;
import static com.propcare.command.complaint.ComplaintTestData.escalate;
import static com.propcare.command.complaint.ComplaintTestData.firstReply;
import static com.propcare.command.complaint.ComplaintTestData.flagAsRepeatOf;
import static com.propcare.command.complaint.ComplaintTestData.history;
import static com.propcare.command.complaint.ComplaintTestData.later;
import static com.propcare.command.complaint.ComplaintTestData.planCorrectiveAction;
import static com.propcare.command.complaint.ComplaintTestData.remedialAction;
import static com.propcare.command.complaint.ComplaintTestData.reportResult;
import static com.propcare.command.complaint.ComplaintTestData.requestReview;
import static com.propcare.command.complaint.ComplaintTestData.verify;
import static com.propcare.command.complaint.Refusals.illegalTransition;
import static com.propcare.command.complaint.Refusals.refusedWith;

class ComplaintLifecycleTest {

    private FixtureConfiguration<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintTestData.fixture(new InMemoryComplaintNumbers(), new InMemoryRepeatComplaints());
    }

    @Test
    void the_happy_path_ends_with_closing_when_the_complainant_is_satisfied() {
        fixture.givenCommands(aRegistration().build(), verify(), classify(), decideHandling(), dispatch(),
                              acknowledge(), firstReply(AT), remedialAction(AT),
                              planCorrectiveAction("riser", later(Duration.ofDays(10))),
                              completeCorrectiveAction("riser", later(Duration.ofDays(2))), reportResult())
               .when(confirm(true))
               .expectEvents(new ComplainantConfirmed(COMPLAINT, true, "Thanks", AT, CLERK, CALLBACK, null),
                             new ComplaintClosed(COMPLAINT, ClosingReason.COMPLAINANT_SATISFIED, AT, CLERK));
    }

    @Test
    void a_directors_recorded_decision_closes_a_complaint_no_callback_could_settle() {
        fixture.given(history().inProgress().resultReported().events())
               .when(new ConfirmWithComplainant(COMPLAINT, null, true, "Confirmed on site", null,
                                                "Household abroad; result checked on site", AT, DIRECTOR))
               .expectEvents(new ComplainantConfirmed(COMPLAINT, true, "Confirmed on site", AT, DIRECTOR, null,
                                                      "Household abroad; result checked on site"),
                             new ComplaintClosed(COMPLAINT, ClosingReason.COMPLAINANT_SATISFIED, AT, DIRECTOR));
    }

    @Test
    void a_directors_decision_waits_for_the_callback_that_settles_the_result_until_it_is_cancelled() {
        for (ComplaintCallbacks.Stage stage : new ComplaintCallbacks.Stage[] {null, ComplaintCallbacks.Stage.SCHEDULED,
                                                                              ComplaintCallbacks.Stage.PERFORMED}) {
            ComplaintTestData.fixture(new InMemoryComplaintNumbers(), new InMemoryRepeatComplaints(), office -> List.of(),
                                      callback -> Optional.ofNullable(stage))
                             .given(history().inProgress().resultReported().events())
                             .when(new ConfirmWithComplainant(COMPLAINT, null, true, "Confirmed on site", null,
                                                              "Household abroad", AT, DIRECTOR))
                             .expectNoEvents()
                             .expectException(refusedWith(ComplaintRefusalCodes.CALLBACK_PENDING));
        }
    }

    @Test
    void a_callback_verdict_after_the_complaint_closed_is_recorded_and_not_satisfied_reopens_it() {
        fixture.given(history().inProgress().resultReported().events())
               .andGivenCommands(new ConfirmWithComplainant(COMPLAINT, null, true, "Confirmed on site", null,
                                                            "Household abroad", AT, DIRECTOR))
               .when(new ConfirmWithComplainant(COMPLAINT, null, false, "Still dripping", CALLBACK, null, AT, CLERK))
               .expectEvents(new ComplainantConfirmed(COMPLAINT, false, "Still dripping", AT, CLERK, CALLBACK, null),
                             new ComplaintReopened(COMPLAINT, "complainant not satisfied", AT, CLERK));
    }

    @Test
    void a_decision_by_someone_who_is_not_a_director_is_refused() {
        fixture.given(history().inProgress().resultReported().events())
               .when(new ConfirmWithComplainant(COMPLAINT, null, true, "Thanks", null, "decided", AT, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.DECISION_NOT_BY_DIRECTOR,
                                            Map.of("field", "actor", "requiredRole", "DIRECTOR")));
    }

    @Test
    void a_verdict_without_a_callback_or_a_directors_decision_is_refused() {
        fixture.given(history().inProgress().resultReported().events())
               .when(new ConfirmWithComplainant(COMPLAINT, null, true, "Thanks", null, " ", AT, CLERK))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.CONFIRMATION_BASIS_REQUIRED));
    }

    @Test
    void a_verdict_resting_on_both_a_callback_and_a_decision_is_refused() {
        fixture.given(history().inProgress().resultReported().events())
               .when(new ConfirmWithComplainant(COMPLAINT, null, true, "Thanks", CALLBACK, "decided", AT, DIRECTOR))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.CONFIRMATION_BASIS_REQUIRED));
    }

    @Test
    void a_registered_complaint_is_verified() {
        fixture.given(history().registered().events())
               .when(verify())
               .expectEvents(new ComplaintVerified(COMPLAINT, "Leak confirmed on site", "Repair the pipe", AT,
                                                   CLERK));
    }

    @Test
    void a_complaint_is_verified_only_once() {
        fixture.given(history().registered().verified().events())
               .when(verify())
               .expectException(illegalTransition(VERIFIED, VerifyComplaint.class));
    }

    @Test
    void a_verified_complaint_is_classified_as_general_or_major_with_its_responsibility() {
        fixture.given(history().registered().verified().events())
               .when(new ClassifyComplaint(COMPLAINT, null, ComplaintSeverity.MAJOR, Responsibility.OUTSIDE_PARTY,
                                           AT, DIRECTOR))
               .expectEvents(new ComplaintClassified(COMPLAINT, ComplaintSeverity.MAJOR,
                                                     Responsibility.OUTSIDE_PARTY, AT, DIRECTOR));
    }

    @Test
    void a_complaint_cannot_be_classified_before_it_is_verified() {
        fixture.given(history().registered().events())
               .when(classify())
               .expectNoEvents()
               .expectException(illegalTransition(REGISTERED, ClassifyComplaint.class));
    }

    @Test
    void the_director_decides_handling_and_department_of_a_classified_complaint() {
        fixture.given(history().registered().verified().classified().events())
               .when(decideHandling())
               .expectEvents(new HandlingDecided(COMPLAINT, REPAIRS, "Repair the pipe and repaint", AT, DIRECTOR));
    }

    @Test
    void handling_cannot_be_decided_before_the_complaint_is_classified() {
        fixture.given(history().registered().verified().events())
               .when(decideHandling())
               .expectException(illegalTransition(VERIFIED, DecideHandling.class));
    }

    @Test
    void a_complaint_cannot_be_dispatched_before_handling_is_decided() {
        fixture.given(history().registered().verified().classified().events())
               .when(dispatch())
               .expectNoEvents()
               .expectException(illegalTransition(CLASSIFIED, DispatchComplaint.class));
    }

    @Test
    void a_dispatch_without_a_due_time_gets_the_policy_default_of_three_days() {
        fixture.given(history().registered().verified().classified().handlingDecided().events())
               .when(dispatch())
               .expectEvents(new ComplaintDispatched(COMPLAINT, REPAIRS, AT, DIRECTOR, later(Duration.ofDays(3)),
                                                     POLICY));
    }

    @Test
    void a_dispatch_keeps_the_due_time_the_director_gives() {
        Instant due = later(Duration.ofHours(8));

        fixture.given(history().registered().verified().classified().handlingDecided().events())
               .when(new DispatchComplaint(COMPLAINT, null, REPAIRS, due, AT, DIRECTOR))
               .expectEvents(new ComplaintDispatched(COMPLAINT, REPAIRS, AT, DIRECTOR, due, POLICY));
    }

    @Test
    void a_dispatch_due_time_that_has_already_passed_is_refused() {
        fixture.given(history().registered().verified().classified().handlingDecided().events())
               .when(new DispatchComplaint(COMPLAINT, null, REPAIRS, AT.minus(Duration.ofHours(1)), AT, DIRECTOR))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.DUE_IN_THE_PAST, Map.of("field", "due")));
    }

    @Test
    void the_department_acknowledges_the_dispatch_and_the_complaint_is_in_progress() {
        fixture.given(history().registered().verified().classified().handlingDecided().dispatched().events())
               .when(acknowledge())
               .expectEvents(new DispatchReceived(COMPLAINT, REPAIRS, AT, HANDLER));
    }

    @Test
    void a_dispatch_cannot_be_acknowledged_before_it_is_sent() {
        fixture.given(history().registered().verified().classified().handlingDecided().events())
               .when(acknowledge())
               .expectException(illegalTransition(HANDLING_DECIDED, AcknowledgeDispatch.class));
    }

    @Test
    void the_handler_reports_the_result_while_the_complaint_is_in_progress() {
        fixture.given(history().inProgress().events())
               .when(reportResult())
               .expectEvents(new HandlingResultReported(COMPLAINT, "Pipe repaired, ceiling dry", AT, HANDLER));
    }

    @Test
    void a_result_cannot_be_reported_before_the_department_acknowledged_the_dispatch() {
        fixture.given(history().registered().verified().classified().handlingDecided().dispatched().events())
               .when(reportResult())
               .expectException(illegalTransition(DISPATCHED, ReportHandlingResult.class));
    }

    @Test
    void the_complainant_cannot_confirm_before_a_result_is_reported() {
        fixture.given(history().inProgress().events())
               .when(confirm(true))
               .expectException(illegalTransition(IN_PROGRESS, ConfirmWithComplainant.class));
    }

    @Test
    void a_complainant_not_satisfied_reopens_the_complaint() {
        fixture.given(history().inProgress().resultReported().events())
               .when(confirm(false))
               .expectEvents(new ComplainantConfirmed(COMPLAINT, false, "Still dripping", AT, CLERK, CALLBACK, null),
                             new ComplaintReopened(COMPLAINT, "complainant not satisfied", AT, CLERK));
    }

    @Test
    void a_reopened_complaint_is_handled_again_from_the_handling_decision() {
        fixture.given(history().inProgress().resultReported().reopenedAsNotSatisfied().events())
               .when(decideHandling())
               .expectEvents(new HandlingDecided(COMPLAINT, REPAIRS, "Repair the pipe and repaint", AT, DIRECTOR));
    }

    @Test
    void a_reopened_complaint_cannot_be_dispatched_before_handling_is_decided_again() {
        fixture.given(history().inProgress().resultReported().reopenedAsNotSatisfied().events())
               .when(dispatch())
               .expectException(illegalTransition(REOPENED, DispatchComplaint.class));
    }

    @Test
    void a_registered_complaint_declared_invalid_is_answered_and_closed_as_invalid() {
        fixture.given(history().registered().events())
               .when(declareInvalid())
               .expectEvents(new ComplaintDeclaredInvalid(COMPLAINT, "The lobby is maintained by the developer", AT,
                                                          CLERK),
                             new ComplaintClosed(COMPLAINT, ClosingReason.INVALID, AT, CLERK));
    }

    @Test
    void a_verified_complaint_can_still_be_declared_invalid() {
        fixture.given(history().registered().verified().events())
               .when(declareInvalid())
               .expectEvents(new ComplaintDeclaredInvalid(COMPLAINT, "The lobby is maintained by the developer", AT,
                                                          CLERK),
                             new ComplaintClosed(COMPLAINT, ClosingReason.INVALID, AT, CLERK));
    }

    @Test
    void a_classified_complaint_cannot_be_declared_invalid() {
        fixture.given(history().registered().verified().classified().events())
               .when(declareInvalid())
               .expectException(illegalTransition(CLASSIFIED, DeclareComplaintInvalid.class));
    }

    @Test
    void an_invalid_explanation_is_required() {
        fixture.given(history().registered().events())
               .when(new DeclareComplaintInvalid(COMPLAINT, null, "", AT, CLERK))
               .expectException(refusedWith(ComplaintRefusalCodes.FIELD_REQUIRED, Map.of("field", "explanation")));
    }

    @Test
    void nothing_but_a_review_is_accepted_on_a_closed_complaint() {
        fixture.given(history().inProgress().resultReported().closedAsSatisfied().events())
               .when(verify())
               .expectException(illegalTransition(CLOSED, VerifyComplaint.class));
        fixture.given(history().inProgress().resultReported().closedAsSatisfied().events())
               .when(escalate())
               .expectException(illegalTransition(CLOSED, EscalateComplaint.class));
        fixture.given(history().inProgress().resultReported().closedAsSatisfied().events())
               .when(firstReply(AT))
               .expectException(illegalTransition(CLOSED, GiveFirstReply.class));
        fixture.given(history().inProgress().resultReported().closedAsSatisfied().events())
               .when(flagAsRepeatOf(ComplaintTestData.EARLIER_COMPLAINT))
               .expectException(illegalTransition(CLOSED, FlagAsRepeat.class));
        fixture.given(history().inProgress().resultReported().closedAsSatisfied().events())
               .when(decideHandling())
               .expectException(illegalTransition(CLOSED, DecideHandling.class));
    }

    @Test
    void a_review_of_a_reported_result_puts_the_complaint_under_review() {
        fixture.given(history().inProgress().resultReported().events())
               .when(requestReview())
               .expectEvents(new ComplaintReviewRequested(COMPLAINT, "The stain on the ceiling is still there", AT,
                                                          CLERK));
    }

    @Test
    void a_review_after_closing_reopens_the_complaint_and_puts_it_under_review() {
        String reason = "The stain on the ceiling is still there";

        fixture.given(history().inProgress().resultReported().closedAsSatisfied().events())
               .when(requestReview())
               .expectEvents(new ComplaintReopened(COMPLAINT, reason, AT, CLERK),
                             new ComplaintReviewRequested(COMPLAINT, reason, AT, CLERK));
    }

    @Test
    void a_complaint_under_review_is_handled_again_from_the_handling_decision() {
        fixture.given(history().inProgress().resultReported().underReview().events())
               .when(decideHandling())
               .expectEvents(new HandlingDecided(COMPLAINT, REPAIRS, "Repair the pipe and repaint", AT, DIRECTOR));
    }

    @Test
    void a_review_cannot_be_requested_while_the_complaint_is_still_being_handled() {
        fixture.given(history().inProgress().events())
               .when(requestReview())
               .expectException(illegalTransition(IN_PROGRESS, RequestReview.class));
    }

    @Test
    void a_complaint_closed_as_invalid_cannot_be_reviewed() {
        fixture.given(history().registered().declaredInvalid().events())
               .when(requestReview())
               .expectNoEvents()
               .expectException(illegalTransition(CLOSED, RequestReview.class));
    }

    @Test
    void a_complaint_can_be_escalated_in_any_open_state() {
        ComplaintEscalated escalated = new ComplaintEscalated(COMPLAINT, EscalationLevel.OFFICE_DIRECTOR,
                                                              "Repeated leak", AT, CLERK);
        fixture.given(history().registered().events())
               .when(escalate())
               .expectEvents(escalated);
        fixture.given(history().inProgress().events())
               .when(escalate())
               .expectEvents(escalated);
        fixture.given(history().inProgress().resultReported().underReview().events())
               .when(escalate())
               .expectEvents(escalated);
    }

    @Test
    void a_first_reply_is_given_only_once() {
        fixture.given(history().registered().firstReplied().events())
               .when(firstReply(AT))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.FIRST_REPLY_ALREADY_GIVEN));
    }

    @Test
    void remedial_action_cannot_be_recorded_before_the_complaint_is_dispatched() {
        fixture.given(history().registered().verified().classified().handlingDecided().events())
               .when(remedialAction(AT))
               .expectException(illegalTransition(HANDLING_DECIDED, RecordRemedialAction.class));
    }

    @Test
    void a_corrective_action_is_planned_with_its_own_due_time() {
        Instant due = later(Duration.ofDays(14));

        fixture.given(history().registered().verified().classified().handlingDecided().dispatched().events())
               .when(planCorrectiveAction("riser", due))
               .expectEvents(new CorrectiveActionPlanned(COMPLAINT, "riser", "Replace the riser pipe", due, AT,
                                                         HANDLER));
    }

    @Test
    void a_corrective_action_cannot_be_planned_before_the_complaint_is_dispatched() {
        fixture.given(history().registered().verified().classified().events())
               .when(planCorrectiveAction("riser", later(Duration.ofDays(14))))
               .expectException(illegalTransition(CLASSIFIED, PlanCorrectiveAction.class));
    }

    @Test
    void a_corrective_action_id_is_planned_only_once() {
        fixture.given(history().inProgress().correctiveActionPlanned("riser", later(Duration.ofDays(14)))
                               .events())
               .when(planCorrectiveAction("riser", later(Duration.ofDays(20))))
               .expectException(refusedWith(ComplaintRefusalCodes.CORRECTIVE_ACTION_ALREADY_PLANNED,
                                            Map.of("actionId", "riser")));
    }

    @Test
    void a_corrective_action_due_time_that_has_already_passed_is_refused() {
        fixture.given(history().inProgress().events())
               .when(planCorrectiveAction("riser", AT))
               .expectException(refusedWith(ComplaintRefusalCodes.DUE_IN_THE_PAST));
    }

    @Test
    void completing_a_corrective_action_that_was_never_planned_is_refused() {
        fixture.given(history().inProgress().events())
               .when(completeCorrectiveAction("riser", AT))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.CORRECTIVE_ACTION_UNKNOWN,
                                            Map.of("actionId", "riser")));
    }

    @Test
    void completing_a_corrective_action_twice_is_refused() {
        fixture.given(history().inProgress().correctiveActionPlanned("riser", later(Duration.ofDays(14)))
                               .correctiveActionCompleted("riser").events())
               .when(completeCorrectiveAction("riser", AT))
               .expectNoEvents()
               .expectException(refusedWith(ComplaintRefusalCodes.CORRECTIVE_ACTION_ALREADY_COMPLETED,
                                            Map.of("actionId", "riser")));
    }
}
