package com.propcare.command.workorder;

import java.util.Set;
import com.propcare.command.registry.TestReferences;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCancelled;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderReworkRequested;
import com.propcare.events.workorder.WorkOrderSource;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;

class WorkOrderTest {

    private static final WorkOrderId ID = new WorkOrderId("wo-1");
    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final HouseholdId HOUSEHOLD = new HouseholdId("h-1");
    private static final StaffId CLERK = new StaffId("clerk-1");
    private static final StaffId PLUMBER = new StaffId("plumber-1");
    private static final DepartmentId REPAIRS = new DepartmentId("repairs");
    private static final Instant OPENED = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(3600);

    private AggregateTestFixture<WorkOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkOrder.class);
        fixture.registerInjectableResource(TestReferences.of(OFFICE, Set.of(REPAIRS), TestReferences.everyoneAt(OFFICE)));
    }

    private static WorkOrderOpened opened(WorkOrderKind kind) {
        return new WorkOrderOpened(ID, OFFICE, HOUSEHOLD, kind, "Tap drips", WorkOrderSource.HOUSEHOLD, null, null,
                                   OPENED, CLERK);
    }

    private static WorkOrderAssigned assigned() {
        return new WorkOrderAssigned(ID, REPAIRS, PLUMBER, OPENED.plusSeconds(60), CLERK);
    }

    private static OpenWorkOrder open(WorkOrderKind kind, WorkOrderSource source, String sourceId,
                                      ContractPeriod contract) {
        return new OpenWorkOrder(ID, OFFICE, HOUSEHOLD, kind, "Tap drips", source, sourceId, contract, OPENED, CLERK);
    }

    @Test
    void a_work_order_opened_from_a_complaint_names_the_complaint_it_came_from() {
        fixture.givenNoPriorActivity()
               .when(open(WorkOrderKind.SMALL_REPAIR, WorkOrderSource.COMPLAINT, "complaint-7", null))
               .expectEvents(new WorkOrderOpened(ID, OFFICE, HOUSEHOLD, WorkOrderKind.SMALL_REPAIR, "Tap drips",
                                                 WorkOrderSource.COMPLAINT, "complaint-7", null, OPENED, CLERK));
    }

    @Test
    void a_work_order_from_a_complaint_callback_or_visit_must_name_its_source() {
        fixture.givenNoPriorActivity()
               .when(open(WorkOrderKind.SMALL_REPAIR, WorkOrderSource.VISIT, null, null))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(containsString("WORK_ORDER_SOURCE_ID_REQUIRED"));
    }

    @Test
    void a_paid_service_needs_a_contract_period_that_does_not_end_before_it_starts() {
        fixture.givenNoPriorActivity()
               .when(open(WorkOrderKind.PAID_SERVICE, WorkOrderSource.HOUSEHOLD, null, null))
               .expectExceptionMessage(containsString("WORK_ORDER_CONTRACT_REQUIRED"));
        fixture.givenNoPriorActivity()
               .when(open(WorkOrderKind.PAID_SERVICE, WorkOrderSource.HOUSEHOLD, null,
                          new ContractPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1))))
               .expectExceptionMessage(containsString("WORK_ORDER_CONTRACT_ENDS_BEFORE_IT_STARTS"));
    }

    @Test
    void only_a_paid_service_has_a_contract_period() {
        fixture.givenNoPriorActivity()
               .when(open(WorkOrderKind.LEAK_REPAIR, WorkOrderSource.HOUSEHOLD, null,
                          new ContractPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1))))
               .expectExceptionMessage(containsString("WORK_ORDER_CONTRACT_NOT_APPLICABLE"));
    }

    @Test
    void a_work_order_can_be_assigned_and_reassigned_before_it_is_done() {
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned())
               .when(new AssignWorkOrder(ID, null, REPAIRS, null, LATER, CLERK))
               .expectEvents(new WorkOrderAssigned(ID, REPAIRS, null, LATER, CLERK));
    }

    @Test
    void completing_names_who_did_the_work_with_the_office_household_and_kind_for_callbacks() {
        fixture.given(opened(WorkOrderKind.LEAK_REPAIR), assigned())
               .when(new CompleteWorkOrder(ID, null, PLUMBER, "Seal replaced", LATER, LATER, CLERK))
               .expectEvents(new WorkOrderCompleted(ID, OFFICE, HOUSEHOLD, WorkOrderKind.LEAK_REPAIR, PLUMBER,
                                                    "Seal replaced", LATER, CLERK));
    }

    @Test
    void an_unassigned_work_order_cannot_be_completed() {
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR))
               .when(new CompleteWorkOrder(ID, null, PLUMBER, null, LATER, LATER, CLERK))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(containsString("WORK_ORDER_ILLEGAL_TRANSITION"));
    }

    @Test
    void work_cannot_be_done_before_the_order_was_opened_or_in_the_future() {
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned())
               .when(new CompleteWorkOrder(ID, null, PLUMBER, null, OPENED.minusSeconds(1), LATER, CLERK))
               .expectExceptionMessage(containsString("WORK_ORDER_COMPLETION_TIME_INVALID"));
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned())
               .when(new CompleteWorkOrder(ID, null, PLUMBER, null, LATER.plusSeconds(1), LATER, CLERK))
               .expectExceptionMessage(containsString("WORK_ORDER_COMPLETION_TIME_INVALID"));
    }

    @Test
    void a_completed_work_order_can_be_neither_cancelled_nor_reassigned() {
        WorkOrderCompleted completed = new WorkOrderCompleted(ID, OFFICE, HOUSEHOLD, WorkOrderKind.SMALL_REPAIR,
                                                              PLUMBER, null, LATER, CLERK);
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned(), completed)
               .when(new CancelWorkOrder(ID, null, "changed mind", LATER, CLERK))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(containsString("while the work order is COMPLETED"));
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned(), completed)
               .when(new AssignWorkOrder(ID, null, REPAIRS, PLUMBER, LATER, CLERK))
               .expectExceptionMessage(containsString("WORK_ORDER_ILLEGAL_TRANSITION"));
    }

    @Test
    void an_open_or_assigned_work_order_can_be_cancelled_with_a_reason() {
        fixture.given(opened(WorkOrderKind.HELP_SERVICE))
               .when(new CancelWorkOrder(ID, null, "resident solved it", LATER, CLERK))
               .expectEvents(new WorkOrderCancelled(ID, "resident solved it", LATER, CLERK));
    }

    private static WorkOrderCompleted completed() {
        return new WorkOrderCompleted(ID, OFFICE, HOUSEHOLD, WorkOrderKind.SMALL_REPAIR, PLUMBER, null, LATER, CLERK);
    }

    @Test
    void a_household_not_satisfied_sends_a_completed_order_back_to_be_done_again() {
        Instant again = LATER.plusSeconds(7200);
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned(), completed())
               .when(new ReworkWorkOrder(ID, "cb-1", "still drips", LATER, CLERK))
               .expectEvents(new WorkOrderReworkRequested(ID, "cb-1", "still drips", LATER, CLERK));
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned(), completed(),
                      new WorkOrderReworkRequested(ID, "cb-1", "still drips", LATER, CLERK))
               .when(new CompleteWorkOrder(ID, null, PLUMBER, "new seal", again, again, CLERK))
               .expectEvents(new WorkOrderCompleted(ID, OFFICE, HOUSEHOLD, WorkOrderKind.SMALL_REPAIR, PLUMBER,
                                                    "new seal", again, CLERK));
    }

    @Test
    void a_rework_requested_again_for_the_same_callback_changes_nothing() {
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned(), completed(),
                      new WorkOrderReworkRequested(ID, "cb-1", "still drips", LATER, CLERK))
               .when(new ReworkWorkOrder(ID, "cb-1", "still drips", LATER, CLERK))
               .expectNoEvents();
    }

    @Test
    void only_a_completed_work_order_can_be_reworked() {
        fixture.given(opened(WorkOrderKind.SMALL_REPAIR), assigned())
               .when(new ReworkWorkOrder(ID, "cb-1", "still drips", LATER, CLERK))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(containsString("WORK_ORDER_ILLEGAL_TRANSITION"));
    }
}
