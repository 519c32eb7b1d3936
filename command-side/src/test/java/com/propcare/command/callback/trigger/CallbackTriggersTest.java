package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.callback.sampling.RepairQueue;
import com.propcare.command.complaint.ConfirmWithComplainant;
import com.propcare.command.complaint.RegisterComplaint;
import com.propcare.command.policy.OfficeCalendars;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.workorder.OpenWorkOrder;
import com.propcare.command.workorder.ReworkWorkOrder;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.CallbackKindDefined;
import com.propcare.events.callback.CallbackMethod;
import com.propcare.events.callback.CallbackPerformed;
import com.propcare.events.callback.CallbackResult;
import com.propcare.events.callback.CallbackScheduled;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.MatterId;
import com.propcare.events.callback.MatterRecorded;
import com.propcare.events.callback.RaisedComplaint;
import com.propcare.events.callback.RaisedWorkOrder;
import com.propcare.events.callback.Signature;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.events.complaint.ComplaintChannel;
import com.propcare.events.complaint.ComplaintClassified;
import com.propcare.events.complaint.ComplaintDispatched;
import com.propcare.events.complaint.ComplaintId;
import com.propcare.events.complaint.ComplaintRegistered;
import com.propcare.events.complaint.ComplaintSeverity;
import com.propcare.events.complaint.HandlingResultReported;
import com.propcare.events.policy.Due;
import com.propcare.events.policy.DueUnit;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.survey.RectificationVerified;
import com.propcare.events.survey.SurveyCampaignId;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderSource;
import com.propcare.eventstore.InMemoryMongo;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triggers' decisions, handler by handler, with their lookups on the embedded server and a command bus that
 * records what they send (and, like the callback aggregate, refuses to create a callback twice).
 */
class CallbackTriggersTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    private static final StaffId HANDLER = new StaffId("handler-1");
    private static final StaffId CALLER = new StaffId("caller-1");
    private static final DepartmentId REPAIRS = new DepartmentId("repairs");
    private static final PolicyVersion VERSION = new PolicyVersion("office-1:v1");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final List<Object> sent = new ArrayList<>();
    private final Set<CallbackId> created = new HashSet<>();
    private final RepairQueue queue = new RepairQueue(mongo.database("triggers-test"));
    private final CallbackTriggers triggers = triggers();

    @AfterEach
    void close() {
        mongo.close();
    }

    private CallbackTriggers triggers() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(ScheduleCallback.class.getName(), (CommandMessage<?> message) -> {
            ScheduleCallback command = (ScheduleCallback) message.getPayload();
            if (!created.add(command.callbackId())) {
                throw new AggregateStreamCreationException("callback " + command.callbackId() + " exists");
            }
            sent.add(command);
            return null;
        });
        for (Class<?> type : List.of(OpenWorkOrder.class, RegisterComplaint.class)) {
            bus.subscribe(type.getName(), (CommandMessage<?> message) -> {
                if (sent.contains(message.getPayload())) {
                    throw new AggregateStreamCreationException(message.getPayload() + " exists");
                }
                return sent.add(message.getPayload());
            });
        }
        for (Class<?> type : List.of(ConfirmWithComplainant.class, ReworkWorkOrder.class)) {
            bus.subscribe(type.getName(), (CommandMessage<?> message) -> sent.add(message.getPayload()));
        }
        OfficePolicies policies = (office, at) -> new PolicyInForce(office, VERSION, ZoneOffset.UTC,
                                                                    PolicyDefaults.document());
        return new CallbackTriggers(new TriggerFacts(mongo.database("triggers-test")), queue, policies,
                                    new CalendarDays(), DefaultCommandGateway.builder().commandBus(bus).build());
    }

    /** Every day a working day, in UTC: the calendar arithmetic itself is tested with the calendars. */
    private static final class CalendarDays implements OfficeCalendars {
        @Override
        public ZoneId zoneOf(OfficeId office) {
            return ZoneOffset.UTC;
        }

        @Override
        public Instant add(OfficeId office, Instant from, Due period) {
            return switch (period.unit()) {
                case HOURS -> from.plus(period.amount(), ChronoUnit.HOURS);
                case CALENDAR_DAYS, WORKING_DAYS -> from.plus(period.amount(), ChronoUnit.DAYS);
                case MONTHS -> from.atZone(ZoneOffset.UTC).plusMonths(period.amount()).toInstant();
            };
        }
    }

    private <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void complaintHandled(ComplaintId complaint, ComplaintSeverity severity, long sequence) {
        triggers.on(new ComplaintRegistered(complaint, OFFICE, null, null, HOUSEHOLD, null, "noise", AT, CALLER, null,
                                            AT, AT, VERSION));
        triggers.on(new ComplaintClassified(complaint, severity, null, AT, CALLER));
        triggers.on(new ComplaintDispatched(complaint, REPAIRS, AT, CALLER, AT, VERSION));
        triggers.on(new HandlingResultReported(complaint, "fixed", AT, HANDLER), sequence);
    }

    private static CallbackScheduled scheduled(ScheduleCallback command) {
        return new CallbackScheduled(command.callbackId(), command.officeId(), command.kind(), command.subject(),
                                     command.householdId(), command.due(), command.performerRoles(),
                                     command.handledBy(), command.handlingDepartment(),
                                     command.conflictOfInterestAvoided(), command.allowedMethods(),
                                     command.recordingRequired(), command.retentionYears(), command.followUpOf(),
                                     command.reason(), command.policy(), command.scheduledAt());
    }

    private static CallbackPerformed performed(CallbackId callback, CallbackResult result, Instant nextCallbackDue) {
        Instant at = AT.plus(1, ChronoUnit.DAYS);
        return new CallbackPerformed(callback, OFFICE, CallbackMethod.PHONE, at, CALLER, "asked", null, result,
                                     Signature.NOT_REQUIRED, null, nextCallbackDue, true, false, at, CALLER,
                                     null, null);
    }

    @Test
    void a_resolved_major_complaint_gets_a_director_callback_with_an_id_derived_from_the_trigger() {
        complaintHandled(new ComplaintId("c-1"), ComplaintSeverity.MAJOR, 7);

        ScheduleCallback callback = sent(ScheduleCallback.class).get(0);
        assertThat(callback.callbackId()).isEqualTo(new CallbackId("cb-c-1-7"));
        assertThat(callback.kind()).isEqualTo(new KindCode("COMPLAINT"));
        assertThat(callback.subject().type()).isEqualTo(SubjectType.COMPLAINT);
        assertThat(callback.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(callback.performerRoles()).containsExactly(StaffRole.DIRECTOR);
        assertThat(callback.handledBy()).isEqualTo(HANDLER);
        assertThat(callback.handlingDepartment()).isEqualTo(REPAIRS);
        assertThat(callback.due()).isEqualTo(AT.plus(3, ChronoUnit.DAYS));
        assertThat(callback.policy()).isEqualTo(VERSION);
        assertThat(callback.followUpOf()).isNull();
    }

    @Test
    void a_redelivered_trigger_creates_no_second_callback() {
        complaintHandled(new ComplaintId("c-1"), ComplaintSeverity.GENERAL, 7);
        triggers.on(new HandlingResultReported(new ComplaintId("c-1"), "fixed", AT, HANDLER), 7);

        assertThat(sent(ScheduleCallback.class)).hasSize(1)
                                                .allSatisfy(callback -> assertThat(callback.performerRoles())
                                                        .containsExactly(StaffRole.CUSTOMER_SERVICE_SUPERVISOR));
    }

    @Test
    void a_complaint_callback_confirms_the_result_and_the_next_result_follows_up_an_unsatisfied_one() {
        ComplaintId complaint = new ComplaintId("c-2");
        complaintHandled(complaint, ComplaintSeverity.GENERAL, 7);
        ScheduleCallback first = sent(ScheduleCallback.class).get(0);
        triggers.on(scheduled(first));

        triggers.on(performed(first.callbackId(), CallbackResult.NOT_SATISFIED, null), 1);
        triggers.on(new HandlingResultReported(complaint, "fixed again", AT.plus(2, ChronoUnit.DAYS), HANDLER), 12);

        ConfirmWithComplainant confirmation = sent(ConfirmWithComplainant.class).get(0);
        assertThat(confirmation.complaintId()).isEqualTo(complaint);
        assertThat(confirmation.satisfied()).isFalse();
        assertThat(confirmation.by()).isEqualTo(CALLER);
        assertThat(confirmation.callback()).isNotNull();
        assertThat(sent(ScheduleCallback.class)).extracting(ScheduleCallback::callbackId, ScheduleCallback::followUpOf)
                                                .containsExactly(
                                                        org.assertj.core.groups.Tuple.tuple(first.callbackId(), null),
                                                        org.assertj.core.groups.Tuple.tuple(
                                                                new CallbackId("cb-c-2-12"), first.callbackId()));
    }

    @Test
    void a_complaint_and_a_work_order_raised_in_a_callback_are_registered_and_opened_once_naming_it() {
        ComplaintId complaint = new ComplaintId("c-3");
        complaintHandled(complaint, ComplaintSeverity.GENERAL, 7);
        ScheduleCallback callback = sent(ScheduleCallback.class).get(0);
        triggers.on(scheduled(callback));
        CallbackPerformed base = performed(callback.callbackId(), CallbackResult.SATISFIED, null);
        CallbackPerformed raising = new CallbackPerformed(
                base.callbackId(), base.officeId(), base.method(), base.performedAt(), base.performedBy(),
                base.content(), "Lift lobby lamp broken", base.result(), base.signature(), null, null, true, false,
                base.recordedAt(), base.recordedBy(),
                new RaisedComplaint(ComplaintCategory.PUBLIC_ORDER, "Strangers in the garage at night"),
                new RaisedWorkOrder(WorkOrderKind.SMALL_REPAIR, "Replace the lift lobby lamp"));

        triggers.on(raising, 1);
        triggers.on(raising, 1);

        assertThat(sent(RegisterComplaint.class)).singleElement().satisfies(registered -> {
            assertThat(registered.complaintId()).isEqualTo(new ComplaintId("complaint-from-" + callback.callbackId()));
            assertThat(registered.channel()).isEqualTo(ComplaintChannel.RAISED_IN_CALLBACK);
            assertThat(registered.householdId()).isEqualTo(HOUSEHOLD);
            assertThat(registered.originalDocumentRef()).isEqualTo("callback:" + callback.callbackId());
        });
        assertThat(sent(OpenWorkOrder.class)).singleElement().satisfies(opened -> {
            assertThat(opened.workOrderId()).isEqualTo(new WorkOrderId("wo-from-" + callback.callbackId()));
            assertThat(opened.source()).isEqualTo(WorkOrderSource.CALLBACK);
            assertThat(opened.sourceId()).isEqualTo(callback.callbackId().value());
            assertThat(opened.kind()).isEqualTo(WorkOrderKind.SMALL_REPAIR);
        });
    }

    @Test
    void an_unsatisfied_repair_is_reworked_and_its_next_completion_gets_a_callback_directly() {
        WorkOrderId order = new WorkOrderId("wo-1");
        triggers.on(new WorkOrderOpened(order, OFFICE, HOUSEHOLD, WorkOrderKind.LEAK_REPAIR, "leak",
                                        WorkOrderSource.HOUSEHOLD, null, null, AT, CALLER));
        triggers.on(new WorkOrderAssigned(order, REPAIRS, HANDLER, AT, CALLER));
        triggers.on(new WorkOrderCompleted(order, OFFICE, HOUSEHOLD, WorkOrderKind.LEAK_REPAIR, HANDLER, null, AT,
                                           CALLER), 2);
        assertThat(sent).isEmpty();
        assertThat(queue.all()).extracting(queued -> queued.repair().workOrderId()).containsExactly(order);

        CallbackScheduled sampled = new CallbackScheduled(new CallbackId("cb-sampled-wo-1"), OFFICE,
                                                          new KindCode("LEAK_REPAIR"),
                                                          new com.propcare.events.callback.Subject(
                                                                  SubjectType.WORK_ORDER, "wo-1"),
                                                          HOUSEHOLD, AT, List.of(StaffRole.REPAIR_LEAD), HANDLER,
                                                          REPAIRS, false, Set.of(), false, 3, null, "sampled",
                                                          VERSION, AT);
        triggers.on(sampled);
        triggers.on(performed(sampled.callbackId(), CallbackResult.NOT_SATISFIED, null), 1);
        Instant again = AT.plus(2, ChronoUnit.DAYS);
        triggers.on(new WorkOrderCompleted(order, OFFICE, HOUSEHOLD, WorkOrderKind.LEAK_REPAIR, HANDLER, null, again,
                                           CALLER), 5);

        assertThat(sent(ReworkWorkOrder.class)).extracting(ReworkWorkOrder::workOrderId, ReworkWorkOrder::callbackId)
                                               .containsExactly(org.assertj.core.groups.Tuple.tuple(order,
                                                                                                   "cb-sampled-wo-1"));
        ScheduleCallback afterRework = sent(ScheduleCallback.class).get(0);
        assertThat(afterRework.followUpOf()).isEqualTo(sampled.callbackId());
        assertThat(afterRework.due()).isEqualTo(again.plus(3, ChronoUnit.DAYS));
        assertThat(queue.all()).hasSize(1);
    }

    @Test
    void a_paid_service_gets_a_callback_mid_contract_and_after_it_ends() {
        WorkOrderId order = new WorkOrderId("wo-paid");
        triggers.on(new WorkOrderOpened(order, OFFICE, HOUSEHOLD, WorkOrderKind.PAID_SERVICE, "cleaning",
                                        WorkOrderSource.HOUSEHOLD, null,
                                        new ContractPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), AT,
                                        CALLER));
        triggers.on(new WorkOrderCompleted(order, OFFICE, HOUSEHOLD, WorkOrderKind.PAID_SERVICE, HANDLER, null, AT,
                                           CALLER), 3);

        assertThat(sent(ScheduleCallback.class)).extracting(ScheduleCallback::callbackId, ScheduleCallback::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new CallbackId("cb-wo-paid-3-mid"),
                                                            Instant.parse("2026-03-23T00:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(new CallbackId("cb-wo-paid-3-end"),
                                                            Instant.parse("2026-04-08T00:00:00Z")));
    }

    @Test
    void every_help_service_gets_an_other_services_callback() {
        WorkOrderId order = new WorkOrderId("wo-help");
        triggers.on(new WorkOrderOpened(order, OFFICE, HOUSEHOLD, WorkOrderKind.HELP_SERVICE, "help",
                                        WorkOrderSource.HOUSEHOLD, null, null, AT, CALLER));
        triggers.on(new WorkOrderCompleted(order, OFFICE, HOUSEHOLD, WorkOrderKind.HELP_SERVICE, HANDLER, null, AT,
                                           CALLER), 2);

        assertThat(sent(ScheduleCallback.class)).singleElement().satisfies(callback -> {
            assertThat(callback.kind()).isEqualTo(new KindCode("OTHER_SERVICES"));
            assertThat(callback.due()).isEqualTo(AT.plus(7, ChronoUnit.DAYS));
            assertThat(callback.performerRoles()).containsExactly(StaffRole.CLERK);
        });
    }

    @Test
    void a_next_callback_date_gets_a_follow_up_of_the_same_kind_and_subject() {
        CallbackScheduled accident = new CallbackScheduled(new CallbackId("cb-acc"), OFFICE, new KindCode("ACCIDENT"),
                                                           new com.propcare.events.callback.Subject(
                                                                   SubjectType.MATTER, "m-1"),
                                                           HOUSEHOLD, AT, List.of(StaffRole.DIRECTOR), HANDLER, null,
                                                           false, Set.of(), false, 3, null, "accident", VERSION, AT);
        triggers.on(accident);
        Instant next = AT.plus(10, ChronoUnit.DAYS);

        triggers.on(performed(accident.callbackId(), CallbackResult.NOT_SATISFIED, next), 1);

        assertThat(sent(ScheduleCallback.class)).singleElement().satisfies(callback -> {
            assertThat(callback.kind()).isEqualTo(accident.kind());
            assertThat(callback.subject()).isEqualTo(accident.subject());
            assertThat(callback.due()).isEqualTo(next);
            assertThat(callback.followUpOf()).isEqualTo(accident.callbackId());
        });
    }

    private void define(String code, String matterType, List<Due> offsets, List<StaffRole> roles, boolean conflict,
                        Set<CallbackMethod> methods, boolean recording, int retentionYears) {
        triggers.on(new CallbackKindDefined(OFFICE, new KindCode(code), code.toLowerCase(), matterType, offsets,
                                            roles, 100, conflict, methods, recording, retentionYears, 1, AT,
                                            CALLER));
    }

    @Test
    void talks_with_newly_appointed_staff_at_six_and_twelve_months_are_configuration_only() {
        define("APPOINTMENT_TALK", "STAFF_APPOINTED",
               List.of(new Due(6, DueUnit.MONTHS), new Due(12, DueUnit.MONTHS)), List.of(StaffRole.DIRECTOR), false,
               Set.of(), false, 3);

        triggers.on(new MatterRecorded(new MatterId("m-appointed"), OFFICE, "STAFF_APPOINTED", List.of(),
                                       new StaffId("new-head"), "appointed head of repairs", null, null, AT, AT,
                                       CALLER));

        assertThat(sent(ScheduleCallback.class)).extracting(ScheduleCallback::due).containsExactly(
                Instant.parse("2026-09-02T02:00:00Z"), Instant.parse("2027-03-02T02:00:00Z"));
        assertThat(sent(ScheduleCallback.class)).allSatisfy(callback -> {
            assertThat(callback.householdId()).isNull();
            assertThat(callback.subject().type()).isEqualTo(SubjectType.MATTER);
            assertThat(callback.kind()).isEqualTo(new KindCode("APPOINTMENT_TALK"));
        });
    }

    @Test
    void a_callback_to_the_recipient_of_a_material_delivery_is_configuration_only() {
        define("DELIVERY_CHECK", "MATERIAL_DELIVERY", List.of(new Due(2, DueUnit.WORKING_DAYS)),
               List.of(StaffRole.CLERK), false, Set.of(), false, 1);

        triggers.on(new MatterRecorded(new MatterId("m-cement"), OFFICE, "MATERIAL_DELIVERY", List.of(HOUSEHOLD),
                                       null, "cement delivered", HANDLER, REPAIRS, AT, AT, CALLER));

        assertThat(sent(ScheduleCallback.class)).singleElement().satisfies(callback -> {
            assertThat(callback.householdId()).isEqualTo(HOUSEHOLD);
            assertThat(callback.due()).isEqualTo(AT.plus(2, ChronoUnit.DAYS));
            assertThat(callback.performerRoles()).containsExactly(StaffRole.CLERK);
        });
    }

    @Test
    void a_financial_service_callback_kept_three_years_by_someone_else_than_the_handler_is_configuration_only() {
        define("FINANCIAL_SERVICE", "FINANCIAL_SERVICE", List.of(new Due(5, DueUnit.WORKING_DAYS)),
               List.of(StaffRole.CUSTOMER_SERVICE_SUPERVISOR), true, Set.of(CallbackMethod.PHONE), true, 3);

        triggers.on(new MatterRecorded(new MatterId("m-fin"), OFFICE, "FINANCIAL_SERVICE", List.of(HOUSEHOLD), null,
                                       "wealth product sold", HANDLER, REPAIRS, AT, AT, CALLER));

        assertThat(sent(ScheduleCallback.class)).singleElement().satisfies(callback -> {
            assertThat(callback.conflictOfInterestAvoided()).isTrue();
            assertThat(callback.handledBy()).isEqualTo(HANDLER);
            assertThat(callback.handlingDepartment()).isEqualTo(REPAIRS);
            assertThat(callback.retentionYears()).isEqualTo(3);
            assertThat(callback.recordingRequired()).isTrue();
            assertThat(callback.allowedMethods()).containsExactly(CallbackMethod.PHONE);
        });
    }

    @Test
    void a_built_in_matter_triggers_its_built_in_kind_for_every_household() {
        triggers.on(new MatterRecorded(new MatterId("m-acc"), OFFICE, "ACCIDENT",
                                       List.of(HOUSEHOLD, new HouseholdId("h-2")), null, "pipe burst", HANDLER,
                                       REPAIRS, AT, AT, CALLER));

        assertThat(sent(ScheduleCallback.class)).hasSize(2).allSatisfy(callback -> {
            assertThat(callback.kind()).isEqualTo(new KindCode("ACCIDENT"));
            assertThat(callback.performerRoles()).containsExactly(StaffRole.DIRECTOR, StaffRole.DEPARTMENT_HEAD);
            assertThat(callback.due()).isEqualTo(AT.plus(3, ChronoUnit.DAYS));
        });
    }

    @Test
    void a_survey_rectification_done_gets_a_survey_follow_up_callback_a_month_later() {
        triggers.on(new MatterRecorded(new MatterId("m-rect"), OFFICE, "SURVEY_RECTIFICATION_DONE",
                                       List.of(HOUSEHOLD), null, "Lift lobby repainted", HANDLER, REPAIRS, AT, AT,
                                       CALLER));

        assertThat(sent(ScheduleCallback.class)).singleElement().satisfies(callback -> {
            assertThat(callback.kind()).isEqualTo(new KindCode("SURVEY_FOLLOW_UP"));
            assertThat(callback.due()).isEqualTo(AT.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
        });
    }

    @Test
    void a_verified_survey_rectification_calls_back_every_household_not_satisfied_in_its_category() {
        RectificationVerified verified = new RectificationVerified(
                new SurveyCampaignId("office-1:2026-H2"), OFFICE, "rect-1", true, "checked",
                List.of(HOUSEHOLD, new HouseholdId("h-2")), AT, CALLER);

        triggers.on(verified);
        triggers.on(verified);

        assertThat(sent(ScheduleCallback.class)).hasSize(2).allSatisfy(callback -> {
            assertThat(callback.kind()).isEqualTo(new KindCode("SURVEY_FOLLOW_UP"));
            assertThat(callback.subject()).isEqualTo(new com.propcare.events.callback.Subject(
                    SubjectType.SURVEY_RECTIFICATION, "office-1:2026-H2/rect-1"));
            assertThat(callback.due()).isEqualTo(AT.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
        });
    }
}
