package com.propcare.command.callback;

import com.propcare.command.registry.TestReferences;
import com.propcare.events.callback.CallbackCancelled;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackOverdue;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.FollowUpScheduled;
import com.propcare.events.callback.FollowUpType;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.WorkOrderKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.propcare.command.callback.CallbackRefusalCodes.ALREADY_PERFORMED;
import static com.propcare.command.callback.CallbackRefusalCodes.CANCELLED;
import static com.propcare.command.callback.CallbackRefusalCodes.CHANNEL_DECLINED;
import static com.propcare.command.callback.CallbackRefusalCodes.CONFLICT_OF_INTEREST;
import static com.propcare.command.callback.CallbackRefusalCodes.DUE_NOT_AFTER_CALLBACK;
import static com.propcare.command.callback.CallbackRefusalCodes.FIELD_REQUIRED;
import static com.propcare.command.callback.CallbackRefusalCodes.METHOD_NOT_ALLOWED;
import static com.propcare.command.callback.CallbackRefusalCodes.NO_HOUSEHOLD_TO_RAISE_FOR;
import static com.propcare.command.callback.CallbackRefusalCodes.PERFORMED_IN_FUTURE;
import static com.propcare.command.callback.CallbackRefusalCodes.PERFORMER_ROLE_NOT_ALLOWED;
import static com.propcare.command.callback.CallbackRefusalCodes.PERFORMER_UNKNOWN;
import static com.propcare.command.callback.CallbackRefusalCodes.RECORDING_REQUIRED;
import static com.propcare.command.callback.CallbackRefusalCodes.SIGNATURE_NOT_POSSIBLE;
import static com.propcare.command.callback.CallbackRefusalCodes.SIGNATURE_REQUIRED;
import static com.propcare.command.callback.CallbackRefusalCodes.TOO_LATE_FOR_IN_PERSON;
import static com.propcare.command.callback.CallbackTestData.CALLBACK;
import static com.propcare.command.callback.CallbackTestData.CLERK;
import static com.propcare.command.callback.CallbackTestData.CUSTOMER_SERVICE;
import static com.propcare.command.callback.CallbackTestData.DUE;
import static com.propcare.command.callback.CallbackTestData.FORMER;
import static com.propcare.command.callback.CallbackTestData.OFFICE;
import static com.propcare.command.callback.CallbackTestData.PERFORMED;
import static com.propcare.command.callback.CallbackTestData.PLUMBER;
import static com.propcare.command.callback.CallbackTestData.POLICY;
import static com.propcare.command.callback.CallbackTestData.RECORDED;
import static com.propcare.command.callback.CallbackTestData.REPAIRS;
import static com.propcare.command.callback.CallbackTestData.REPAIR_LEAD;
import static com.propcare.command.callback.CallbackTestData.STRANGER;
import static com.propcare.command.callback.CallbackTestData.ZONE;
import static com.propcare.command.callback.CallbackTestData.dueAt;
import static com.propcare.command.callback.CallbackTestData.handledIn;
import static com.propcare.command.callback.CallbackTestData.recording;
import static com.propcare.command.callback.CallbackTestData.refused;
import static com.propcare.command.callback.CallbackTestData.schedule;
import static com.propcare.command.callback.CallbackTestData.scheduled;
import static com.propcare.command.callback.CallbackTestData.withoutHousehold;
import static com.propcare.command.support.DomainRefusal.Kind.CONFLICT;
import static com.propcare.command.support.DomainRefusal.Kind.UNPROCESSABLE;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

/** Scheduling and recording a callback: every rule of domain §2 that a record must meet, and what it creates. */
class CallbackRecordTest {

    private AggregateTestFixture<Callback> fixture;
    private final CallbackTestData.FixedPolicies policies = new CallbackTestData.FixedPolicies();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Callback.class);
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(new CallbackTestData.HoursOnlyCalendars());
        fixture.registerInjectableResource(new CallbackTestData.StaffOnRecord());
        fixture.registerInjectableResource(TestReferences.of(
                CallbackTestData.OFFICE, Set.of(CallbackTestData.REPAIRS, CallbackTestData.CUSTOMER_SERVICE),
                new CallbackTestData.StaffOnRecord()));
        fixture.registerInjectableResource(new CallbackTestData.DecliningVisits());
    }

    private static CallbackPerformed performed(CallbackMethod method, Signature signature, boolean onTime,
                                               boolean batched, Instant at) {
        return new CallbackPerformed(CALLBACK, OFFICE, method, at, CLERK, "Asked about the repair", null,
                                     CallbackResult.SATISFIED, signature, null, null, onTime, batched,
                                     at.plus(Duration.ofHours(1)), CLERK, null, null);
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    @Test
    void a_trigger_schedules_the_obligation_with_its_due_time_performers_and_policy() {
        fixture.givenNoPriorActivity()
               .when(schedule(List.of(StaffRole.REPAIR_LEAD)))
               .expectEvents(scheduled(CallbackKind.SMALL_REPAIR, List.of(StaffRole.REPAIR_LEAD), false, Set.of(),
                                       false));
    }

    @Test
    void an_obligation_nobody_may_perform_is_refused() {
        fixture.givenNoPriorActivity()
               .when(schedule(List.of()))
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, FIELD_REQUIRED, Map.of("field", "performerRoles")));
    }

    @Test
    void a_phone_callback_on_time_is_recorded_without_a_signature_the_staff_member_standing_for_it() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().command())
               .expectEvents(performed(CallbackMethod.PHONE, Signature.NOT_REQUIRED, true, false, PERFORMED));
    }

    @Test
    void a_callback_is_recorded_once() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR),
                      performed(CallbackMethod.PHONE, Signature.NOT_REQUIRED, true, false, PERFORMED))
               .when(recording().command())
               .expectNoEvents()
               .expectException(refused(CONFLICT, ALREADY_PERFORMED));
    }

    @Test
    void a_cancelled_obligation_cannot_be_recorded() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR),
                      new CallbackCancelled(CALLBACK, OFFICE, "moved out", PERFORMED, CLERK))
               .when(recording().command())
               .expectNoEvents()
               .expectException(refused(CONFLICT, CANCELLED));
    }

    @Test
    void a_result_without_a_method_is_refused_naming_the_method() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().method(null).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, FIELD_REQUIRED, Map.of("field", "method")));
    }

    @Test
    void a_record_without_a_result_is_refused_naming_the_result() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().result(null).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, FIELD_REQUIRED, Map.of("field", "result")));
    }

    @Test
    void a_method_the_kind_does_not_allow_is_refused_naming_the_allowed_ones() {
        fixture.given(scheduled(CallbackKind.PAID_SERVICE, List.of(StaffRole.CLERK), false,
                                Set.of(CallbackMethod.PHONE, CallbackMethod.LETTER), false))
               .when(recording().method(CallbackMethod.SMS).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, METHOD_NOT_ALLOWED,
                                        Map.of("field", "method", "allowedMethods", List.of("PHONE", "LETTER"))));
    }

    @Test
    void a_household_that_declines_visits_is_not_visited_and_the_refusal_names_the_other_methods() {
        fixture.given(scheduled(CallbackKind.PAID_SERVICE, List.of(StaffRole.CLERK), false,
                                Set.of(CallbackMethod.PHONE, CallbackMethod.IN_PERSON, CallbackMethod.SMS), false))
               .when(recording().method(CallbackMethod.IN_PERSON).signature(Signature.SIGNED).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, CHANNEL_DECLINED,
                                        Map.of("channel", "VISIT", "allowedMethods", List.of("PHONE", "SMS"))));
    }

    @Test
    void staff_who_left_or_belong_to_another_office_cannot_perform_a_callback() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().by(FORMER).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, PERFORMER_UNKNOWN, Map.of("field", "performedBy")));
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().by(STRANGER).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, PERFORMER_UNKNOWN, Map.of("staffId", STRANGER.value())));
    }

    @Test
    void a_performer_without_any_of_the_kinds_roles_is_refused_naming_the_roles() {
        fixture.given(scheduled(CallbackKind.COMPLAINT,
                                List.of(StaffRole.DIRECTOR, StaffRole.CUSTOMER_SERVICE_SUPERVISOR), false, Set.of(),
                                false))
               .when(recording().command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, PERFORMER_ROLE_NOT_ALLOWED,
                                        Map.of("requiredRoles", List.of("DIRECTOR", "CUSTOMER_SERVICE_SUPERVISOR"))));
    }

    @Test
    void with_conflicts_of_interest_avoided_the_handler_and_the_handling_department_may_not_call_back() {
        CallbackScheduled avoiding = scheduled(CallbackKind.OTHER_REPAIR, List.of(StaffRole.REPAIR_LEAD,
                                                                                   StaffRole.CLERK), true, Set.of(),
                                               false);
        fixture.given(avoiding)
               .when(recording().by(PLUMBER).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, CONFLICT_OF_INTEREST));
        fixture.given(avoiding)
               .when(recording().by(REPAIR_LEAD).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, CONFLICT_OF_INTEREST));
        fixture.given(avoiding)
               .when(recording().by(CLERK).command())
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void with_the_switch_off_the_repair_worker_may_call_back_his_own_repair() {
        fixture.given(scheduled(CallbackKind.OTHER_REPAIR))
               .when(recording().by(PLUMBER).command())
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_in_person_callback_needs_a_signature_or_a_recorded_refusal() {
        CallbackScheduled scheduled = withoutHousehold(scheduled(CallbackKind.ACCIDENT, List.of(StaffRole.CLERK),
                                                                       false, Set.of(), false));
        fixture.given(scheduled)
               .when(recording().method(CallbackMethod.IN_PERSON).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, SIGNATURE_REQUIRED, Map.of("field", "signature")));
        fixture.given(scheduled)
               .when(recording().method(CallbackMethod.IN_PERSON).signature(Signature.REFUSED).command())
               .expectEvents(performed(CallbackMethod.IN_PERSON, Signature.REFUSED, true, false, PERFORMED));
    }

    @Test
    void under_the_routine_callback_policy_a_letter_needs_the_households_signature_too() {
        policies.signatures(CallbackRules.Signatures.REQUIRED_AFTER_ROUTINE_CALLBACKS);
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().method(CallbackMethod.LETTER).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, SIGNATURE_REQUIRED, Map.of("policy",
                                                                                   "REQUIRED_AFTER_ROUTINE_CALLBACKS")));
    }

    @Test
    void when_signatures_are_optional_an_in_person_callback_needs_none() {
        policies.signatures(CallbackRules.Signatures.OPTIONAL);
        fixture.given(withoutHousehold(scheduled(CallbackKind.SMALL_REPAIR)))
               .when(recording().method(CallbackMethod.IN_PERSON).command())
               .expectEvents(performed(CallbackMethod.IN_PERSON, Signature.NOT_REQUIRED, true, false, PERFORMED));
    }

    @ParameterizedTest
    @EnumSource(value = CallbackMethod.class, names = {"PHONE", "SMS", "EMAIL", "ONLINE"})
    void a_remote_callback_cannot_carry_the_residents_signature(CallbackMethod method) {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().method(method).signature(Signature.SIGNED).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, SIGNATURE_NOT_POSSIBLE, Map.of("method", method.name())));
    }

    @ParameterizedTest
    @CsvSource({"2026-03-10T22:00, true", "2026-03-10T23:00, true", "2026-03-10T21:59, false"})
    void no_in_person_callback_starts_at_or_after_the_policys_latest_hour_in_the_offices_zone(String local,
                                                                                            boolean refusedLate) {
        Instant at = shanghai(local);
        RecordCallback command = recording().method(CallbackMethod.IN_PERSON).signature(Signature.SIGNED).at(at)
                                            .command();
        if (refusedLate) {
            fixture.given(withoutHousehold(scheduled(CallbackKind.SMALL_REPAIR)))
                   .when(command)
                   .expectNoEvents()
                   .expectException(refused(UNPROCESSABLE, TOO_LATE_FOR_IN_PERSON,
                                            Map.of("latestHour", 22, "zone", "Asia/Shanghai")));
        } else {
            fixture.given(withoutHousehold(scheduled(CallbackKind.SMALL_REPAIR)))
                   .when(command)
                   .expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void a_phone_callback_of_a_recorded_kind_must_name_its_recording() {
        CallbackScheduled recorded = scheduled(CallbackKind.PAID_SERVICE, List.of(StaffRole.CLERK), true, Set.of(),
                                               true);
        fixture.given(recorded)
               .when(recording().command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, RECORDING_REQUIRED, Map.of("field", "recordingRef")));
        fixture.given(recorded)
               .when(recording().recordingRef("rec-2026-0310-001").command())
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_office_that_records_every_phone_callback_refuses_one_without_a_recording() {
        policies.phoneRecordingRequired(true);
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, RECORDING_REQUIRED));
    }

    @Test
    void a_callback_cannot_have_happened_after_it_was_recorded() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().recordedAt(PERFORMED.minusSeconds(1)).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, PERFORMED_IN_FUTURE, Map.of("field", "performedAt")));
    }

    @Test
    void a_promised_reply_must_come_after_the_callback() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().promise("When is the lift fixed?", PERFORMED).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, DUE_NOT_AFTER_CALLBACK,
                                        Map.of("field", "promisedReplies[0].replyBy")));
    }

    @Test
    void a_rectification_due_before_the_callback_is_refused() {
        fixture.given(scheduled(CallbackKind.SMALL_REPAIR))
               .when(recording().rectification(REPAIRS, PERFORMED.minusSeconds(60), "Reseal the window").command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, DUE_NOT_AFTER_CALLBACK,
                                        Map.of("field", "rectification.due")));
    }

    @Test
    void a_complaint_and_a_work_order_raised_during_the_callback_are_part_of_its_record() {
        RaisedComplaint complaint = new RaisedComplaint(ComplaintCategory.PUBLIC_ORDER, "Strangers in the garage");
        RaisedWorkOrder workOrder = new RaisedWorkOrder(WorkOrderKind.SMALL_REPAIR, "Replace the lobby lamp");
        fixture.given(scheduled(CallbackKind.LEAK_REPAIR))
               .when(recording().raising(complaint, workOrder).command())
               .expectEvents(new CallbackPerformed(CALLBACK, OFFICE, CallbackMethod.PHONE, PERFORMED, CLERK,
                                                   "Asked about the repair", null, CallbackResult.SATISFIED,
                                                   Signature.NOT_REQUIRED, null, null, true, false, RECORDED,
                                                   CLERK, complaint, workOrder));
    }

    @Test
    void nothing_can_be_raised_from_a_callback_without_a_household() {
        fixture.given(withoutHousehold(scheduled(CallbackKind.LEAK_REPAIR)))
               .when(recording().raising(null, new RaisedWorkOrder(WorkOrderKind.SMALL_REPAIR, "Lamp")).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, NO_HOUSEHOLD_TO_RAISE_FOR, Map.of("field", "newWorkOrder")));
    }

    @Test
    void a_raised_complaint_needs_a_summary() {
        fixture.given(scheduled(CallbackKind.LEAK_REPAIR))
               .when(recording().raising(new RaisedComplaint(ComplaintCategory.PUBLIC_ORDER, " "), null).command())
               .expectNoEvents()
               .expectException(refused(UNPROCESSABLE, FIELD_REQUIRED, Map.of("field", "newComplaint.summary")));
    }

    @Test
    void promised_replies_a_problem_notice_and_a_rectification_become_tracked_follow_ups() {
        Instant replyBy = PERFORMED.plus(Duration.ofDays(2));
        Instant secondReplyBy = PERFORMED.plus(Duration.ofDays(3));
        Instant rectifyBy = PERFORMED.plus(Duration.ofDays(7));
        Instant nextCallback = PERFORMED.plus(Duration.ofDays(8));
        RecordCallback command = recording().problems("Window still leaks").result(CallbackResult.NOT_SATISFIED)
                                            .promise("Who pays for the damage?", replyBy)
                                            .promise("Will the wall be repainted?", secondReplyBy)
                                            .rectification(REPAIRS, rectifyBy, "Reseal the window")
                                            .nextCallbackDue(nextCallback).command();
        fixture.given(scheduled(CallbackKind.LEAK_REPAIR))
               .when(command)
               .expectEvents(new CallbackPerformed(CALLBACK, OFFICE, CallbackMethod.PHONE, PERFORMED, CLERK,
                                                   "Asked about the repair", "Window still leaks",
                                                   CallbackResult.NOT_SATISFIED, Signature.NOT_REQUIRED, null,
                                                   nextCallback, true, false, RECORDED, CLERK, null, null),
                             new FollowUpScheduled(CALLBACK, OFFICE, "reply-1", FollowUpType.PROMISED_REPLY,
                                                   "Who pays for the damage?", CLERK.value(), replyBy, null,
                                                   RECORDED),
                             new FollowUpScheduled(CALLBACK, OFFICE, "reply-2", FollowUpType.PROMISED_REPLY,
                                                   "Will the wall be repainted?", CLERK.value(), secondReplyBy, null,
                                                   RECORDED),
                             new FollowUpScheduled(CALLBACK, OFFICE, "notice", FollowUpType.PROBLEM_NOTICE,
                                                   "Window still leaks", PLUMBER.value(),
                                                   PERFORMED.plus(Duration.ofHours(24)), POLICY, RECORDED),
                             new FollowUpScheduled(CALLBACK, OFFICE, "rectification", FollowUpType.RECTIFICATION,
                                                   "Reseal the window", REPAIRS.value(), rectifyBy, null, RECORDED));
    }

    @Test
    void problems_found_in_other_kinds_are_noticed_to_the_handling_department_only_when_the_policy_says_so() {
        CallbackScheduled complaintCallback = handledIn(scheduled(CallbackKind.COMPLAINT, List.of(StaffRole.CLERK), false,
                                                                  Set.of(), false), CUSTOMER_SERVICE);
        policies.problemNoticeForEveryKind(false);
        fixture.given(complaintCallback)
               .when(recording().problems("Rude answer at the desk").command())
               .expectEvents(new CallbackPerformed(CALLBACK, OFFICE, CallbackMethod.PHONE, PERFORMED, CLERK,
                                                   "Asked about the repair", "Rude answer at the desk",
                                                   CallbackResult.SATISFIED, Signature.NOT_REQUIRED, null, null,
                                                   true, false, RECORDED, CLERK, null, null));
        policies.problemNoticeForEveryKind(true);
        fixture.given(complaintCallback)
               .when(recording().problems("Rude answer at the desk").command())
               .expectEventsMatching(exactSequenceOf(
                       messageWithPayload(
                               instanceOf(CallbackPerformed.class)),
                       messageWithPayload(equalTo(
                               new FollowUpScheduled(CALLBACK, OFFICE, "notice", FollowUpType.PROBLEM_NOTICE,
                                                     "Rude answer at the desk", CUSTOMER_SERVICE.value(),
                                                     PERFORMED.plus(Duration.ofHours(24)), POLICY, RECORDED))),
                       andNoMore()));
    }

    @Test
    void a_record_after_the_obligation_went_overdue_is_kept_and_marked_late() {
        Instant late = DUE.plus(Duration.ofDays(2));
        fixture.given(scheduled(CallbackKind.OTHER_REPAIR), new CallbackOverdue(CALLBACK, OFFICE, DUE, DUE))
               .when(recording().at(late).command())
               .expectEvents(performed(CallbackMethod.PHONE, Signature.NOT_REQUIRED, false, false, late));
    }

    @ParameterizedTest
    @CsvSource({"SMALL_REPAIR, 2026-03-29T10:00, true", "SMALL_REPAIR, 2026-03-31T21:00, true",
                "SMALL_REPAIR, 2026-03-28T10:00, false", "OTHER_REPAIR, 2026-03-30T10:00, false"})
    void a_late_small_repair_callback_in_the_months_last_three_days_is_flagged_as_batched(CallbackKind kind,
                                                                                         String local,
                                                                                         boolean batched) {
        Instant at = shanghai(local);
        fixture.given(scheduled(kind))
               .when(recording().at(at).command())
               .expectEvents(performed(CallbackMethod.PHONE, Signature.NOT_REQUIRED, false, batched, at));
    }

    @Test
    void a_small_repair_callback_on_time_at_month_end_is_not_flagged() {
        Instant monthEnd = shanghai("2026-03-31T10:00");
        CallbackScheduled dueAtMonthEnd = dueAt(scheduled(CallbackKind.SMALL_REPAIR), monthEnd.plusSeconds(3600));
        fixture.given(dueAtMonthEnd)
               .when(recording().at(monthEnd).command())
               .expectEvents(performed(CallbackMethod.PHONE, Signature.NOT_REQUIRED, true, false, monthEnd));
    }
}
