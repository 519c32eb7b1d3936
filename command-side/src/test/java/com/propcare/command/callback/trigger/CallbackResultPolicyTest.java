package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.complaint.ConfirmWithComplainant;
import com.propcare.command.complaint.RegisterComplaint;
import com.propcare.command.workorder.OpenWorkOrder;
import com.propcare.command.workorder.ReworkWorkOrder;
import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static com.propcare.command.callback.trigger.FixedOfficeRules.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given a callback's facts and its performed record, what it sets off; no store, no bus. */
class CallbackResultPolicyTest {

    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    private static final StaffId CALLER = new StaffId("caller-1");
    private static final StaffId CLERK = new StaffId("clerk-1");
    private static final Instant AT = Instant.parse("2026-03-03T02:00:00Z");

    private final FixedOfficeRules office = new FixedOfficeRules();

    private static CallbackFacts callback(String id, String kind, SubjectType subject, String subjectId) {
        return new CallbackFacts(new CallbackId(id), OFFICE, new KindCode(kind), new Subject(subject, subjectId),
                                 HOUSEHOLD, List.of(StaffRole.CLERK), null, null, false, Set.of(), false, 3);
    }

    private static CallbackPerformed performed(CallbackFacts callback, CallbackResult result, Instant next,
                                               RaisedComplaint complaint, RaisedWorkOrder workOrder) {
        return new CallbackPerformed(callback.callbackId(), OFFICE, CallbackMethod.PHONE, AT, CALLER, "asked", null,
                                     result, Signature.NOT_REQUIRED, null, next, true, false, AT, CLERK, complaint,
                                     workOrder);
    }

    private List<Object> decide(CallbackFacts callback, CallbackResult result, Instant next) {
        return CallbackResultPolicy.decide(callback, performed(callback, result, next, null, null), 4, office);
    }

    @Test
    void a_complaint_callback_carries_its_verdict_back_entered_by_whoever_entered_the_record() {
        CallbackFacts callback = callback("cb-c-1-7", "COMPLAINT", SubjectType.COMPLAINT, "c-1");

        assertThat(decide(callback, CallbackResult.NOT_SATISFIED, null)).singleElement()
                .isInstanceOfSatisfying(ConfirmWithComplainant.class, confirmation -> {
                    assertThat(confirmation.complaintId()).isEqualTo(new ComplaintId("c-1"));
                    assertThat(confirmation.satisfied()).isFalse();
                    assertThat(confirmation.callback()).isEqualTo(callback.callbackId());
                    assertThat(confirmation.by()).isEqualTo(CLERK);
                });
        assertThat(decide(callback, CallbackResult.SATISFIED, null)).singleElement()
                .isInstanceOfSatisfying(ConfirmWithComplainant.class,
                                        confirmation -> assertThat(confirmation.satisfied()).isTrue());
    }

    @Test
    void an_unsatisfactory_repair_is_reworked_and_a_satisfactory_one_sets_nothing_off() {
        CallbackFacts callback = callback("cb-sampled-wo-1", "LEAK_REPAIR", SubjectType.WORK_ORDER, "wo-1");

        assertThat(decide(callback, CallbackResult.NOT_SATISFIED, null)).singleElement()
                .isInstanceOfSatisfying(ReworkWorkOrder.class, rework -> {
                    assertThat(rework.workOrderId()).isEqualTo(new WorkOrderId("wo-1"));
                    assertThat(rework.callbackId()).isEqualTo("cb-sampled-wo-1");
                });
        assertThat(decide(callback, CallbackResult.SATISFIED, null)).isEmpty();
    }

    @Test
    void a_next_callback_date_gets_a_follow_up_of_the_same_kind_and_subject_and_no_second_one() {
        CallbackFacts accident = callback("cb-acc", "ACCIDENT", SubjectType.MATTER, "m-1");
        Instant next = AT.plus(10, ChronoUnit.DAYS);

        assertThat(decide(accident, CallbackResult.NOT_SATISFIED, next)).singleElement()
                .isInstanceOfSatisfying(ScheduleCallback.class, followUp -> {
                    assertThat(followUp.callbackId()).isEqualTo(new CallbackId("cb-acc-f4"));
                    assertThat(followUp.kind()).isEqualTo(accident.kind());
                    assertThat(followUp.subject()).isEqualTo(accident.subject());
                    assertThat(followUp.due()).isEqualTo(next);
                    assertThat(followUp.followUpOf()).isEqualTo(accident.callbackId());
                });
    }

    @Test
    void an_unsatisfied_matter_is_followed_up_by_its_kind_built_in_by_the_policy_and_an_office_kind_by_its_terms() {
        assertThat(decide(callback("cb-acc", "ACCIDENT", SubjectType.MATTER, "m-1"), CallbackResult.NOT_SATISFIED,
                          null)).singleElement()
                .isInstanceOfSatisfying(ScheduleCallback.class,
                                        followUp -> assertThat(followUp.due()).isEqualTo(AT.plus(3, ChronoUnit.DAYS)));

        office.define(new CallbackKindTerms(new KindCode("DELIVERY_CHECK"), "delivery", 2,
                                            List.of(new Due(2, DueUnit.WORKING_DAYS)), List.of(StaffRole.CLERK), 100,
                                            false, Set.of(), false, 1));
        assertThat(decide(callback("cb-m", "DELIVERY_CHECK", SubjectType.MATTER, "m-2"), CallbackResult.NOT_SATISFIED,
                          null)).singleElement()
                .isInstanceOfSatisfying(ScheduleCallback.class,
                                        followUp -> assertThat(followUp.due()).isEqualTo(AT.plus(2, ChronoUnit.DAYS)));
    }

    @Test
    void a_follow_up_of_an_office_kind_nobody_defined_is_a_failure_not_a_silence() {
        CallbackFacts unknown = callback("cb-m", "NEVER_DEFINED", SubjectType.MATTER, "m-2");

        assertThatThrownBy(() -> decide(unknown, CallbackResult.NOT_SATISFIED, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NEVER_DEFINED");
    }

    @Test
    void a_complaint_and_a_work_order_raised_in_a_callback_are_registered_and_opened_naming_it() {
        CallbackFacts callback = callback("cb-c-3-7", "COMPLAINT", SubjectType.COMPLAINT, "c-3");
        CallbackPerformed raising = performed(callback, CallbackResult.SATISFIED, null,
                                              new RaisedComplaint(ComplaintCategory.PUBLIC_ORDER, "Strangers"),
                                              new RaisedWorkOrder(WorkOrderKind.SMALL_REPAIR, "Replace the lamp"));

        List<Object> commands = CallbackResultPolicy.decide(callback, raising, 4, office);

        assertThat(commands).hasSize(3);
        assertThat(commands.get(0)).isInstanceOfSatisfying(RegisterComplaint.class, registered -> {
            assertThat(registered.complaintId()).isEqualTo(new ComplaintId("complaint-from-cb-c-3-7"));
            assertThat(registered.channel()).isEqualTo(ComplaintChannel.RAISED_IN_CALLBACK);
            assertThat(registered.householdId()).isEqualTo(HOUSEHOLD);
            assertThat(registered.originalDocumentRef()).isEqualTo("callback:cb-c-3-7");
        });
        assertThat(commands.get(1)).isInstanceOfSatisfying(OpenWorkOrder.class, opened -> {
            assertThat(opened.workOrderId()).isEqualTo(new WorkOrderId("wo-from-cb-c-3-7"));
            assertThat(opened.source()).isEqualTo(WorkOrderSource.CALLBACK);
            assertThat(opened.sourceId()).isEqualTo("cb-c-3-7");
        });
        assertThat(commands.get(2)).isInstanceOf(ConfirmWithComplainant.class);
    }
}
