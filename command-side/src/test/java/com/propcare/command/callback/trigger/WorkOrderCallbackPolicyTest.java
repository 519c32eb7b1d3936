package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.RepairCallbacksSampled;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.RepairSamplingId;
import com.propcare.events.callback.SampledRepair;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.propcare.command.callback.trigger.FixedOfficeRules.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Given a work order's facts and its completion (or a month's sample), what it owes; no store, no bus. */
class WorkOrderCallbackPolicyTest {

    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    private static final StaffId HANDLER = new StaffId("handler-1");
    private static final DepartmentId REPAIRS = new DepartmentId("repairs");
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private final FixedOfficeRules office = new FixedOfficeRules();

    private WorkOrderCallbackPolicy.Decision decide(WorkOrderFacts facts, String id, WorkOrderKind kind, long seq) {
        return WorkOrderCallbackPolicy.decide(facts, new WorkOrderCompleted(new WorkOrderId(id), OFFICE, HOUSEHOLD,
                                                                            kind, HANDLER, null, AT, HANDLER),
                                              seq, office);
    }

    @Test
    void a_repair_owes_no_callback_of_its_own_and_joins_the_sampling_on_its_office_day() {
        WorkOrderCallbackPolicy.Decision decision =
                decide(new WorkOrderFacts(OFFICE, REPAIRS, null, null), "wo-1", WorkOrderKind.LEAK_REPAIR, 2);

        assertThat(decision.callbacks()).isEmpty();
        assertThat(decision.toSample().workOrderId()).isEqualTo(new WorkOrderId("wo-1"));
        assertThat(decision.toSample().department()).isEqualTo(REPAIRS);
        assertThat(decision.sampleDay()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_completed_rework_owes_its_callback_at_once_following_up_the_unsatisfied_one() {
        WorkOrderFacts reworked = new WorkOrderFacts(OFFICE, REPAIRS, null, new CallbackId("cb-sampled-wo-1"));

        WorkOrderCallbackPolicy.Decision decision = decide(reworked, "wo-1", WorkOrderKind.LEAK_REPAIR, 5);

        assertThat(decision.toSample()).isNull();
        assertThat(decision.callbacks()).singleElement().satisfies(callback -> {
            assertThat(callback.callbackId()).isEqualTo(new CallbackId("cb-wo-1-5"));
            assertThat(callback.followUpOf()).isEqualTo(new CallbackId("cb-sampled-wo-1"));
            assertThat(callback.due()).isEqualTo(AT.plus(3, ChronoUnit.DAYS));
        });
        assertThat(reworked.completed().reworkAfter()).isNull();
    }

    @Test
    void a_paid_service_owes_a_callback_mid_contract_and_after_it_ends() {
        WorkOrderFacts paid = new WorkOrderFacts(OFFICE, null, new ContractPeriod(LocalDate.of(2026, 3, 1),
                                                                                   LocalDate.of(2026, 3, 31)), null);

        assertThat(decide(paid, "wo-paid", WorkOrderKind.PAID_SERVICE, 3).callbacks())
                .extracting(ScheduleCallback::callbackId, ScheduleCallback::due)
                .containsExactly(tuple(new CallbackId("cb-wo-paid-3-mid"), Instant.parse("2026-03-23T00:00:00Z")),
                                 tuple(new CallbackId("cb-wo-paid-3-end"), Instant.parse("2026-04-08T00:00:00Z")));
    }

    @Test
    void every_help_service_owes_an_other_services_callback() {
        assertThat(decide(new WorkOrderFacts(OFFICE, null, null, null), "wo-help", WorkOrderKind.HELP_SERVICE, 2)
                           .callbacks()).singleElement().satisfies(callback -> {
            assertThat(callback.kind()).isEqualTo(new KindCode("OTHER_SERVICES"));
            assertThat(callback.due()).isEqualTo(AT.plus(7, ChronoUnit.DAYS));
            assertThat(callback.performerRoles()).containsExactly(StaffRole.CLERK);
        });
    }

    @Test
    void the_months_sample_owes_one_callback_per_chosen_order_by_its_assigned_role() {
        RepairCompletion repair = new RepairCompletion(new WorkOrderId("wo-7"), HOUSEHOLD, WorkOrderKind.SMALL_REPAIR,
                                                       AT, HANDLER, REPAIRS);
        RepairCallbacksSampled sampled = new RepairCallbacksSampled(
                new RepairSamplingId("office-1:2026-03"), OFFICE, YearMonth.of(2026, 3), LocalDate.of(2026, 3, 2),
                FixedOfficeRules.VERSION, null, "all", 1, 1, 0, List.of(repair),
                List.of(new SampledRepair(repair, StaffRole.REPAIR_LEAD)), AT);

        assertThat(WorkOrderCallbackPolicy.decide(sampled, office)).singleElement().satisfies(callback -> {
            assertThat(callback.callbackId()).isEqualTo(new CallbackId("cb-sampled-wo-7"));
            assertThat(callback.performerRoles()).containsExactly(StaffRole.REPAIR_LEAD);
            assertThat(callback.handledBy()).isEqualTo(HANDLER);
        });
    }
}
