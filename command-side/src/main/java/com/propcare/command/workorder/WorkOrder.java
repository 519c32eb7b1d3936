package com.propcare.command.workorder;

import com.propcare.command.registry.References;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.workorder.WorkOrderAssigned;
import com.propcare.events.workorder.WorkOrderCancelled;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;
import com.propcare.events.workorder.WorkOrderOpened;
import com.propcare.events.workorder.WorkOrderReworkRequested;
import com.propcare.events.workorder.WorkOrderSource;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A repair, paid service or help service done for a household (派工单). Its completion is what repair and service
 * callbacks hang on, so it must know who did the work and when.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class WorkOrder {

    /** The aggregate a work order's source names, by the kind of source. */
    private static final Map<WorkOrderSource, String> SOURCE_KINDS = Map.of(
            WorkOrderSource.COMPLAINT, "Complaint", WorkOrderSource.CALLBACK, "Callback",
            WorkOrderSource.VISIT, "Visit");

    @AggregateIdentifier
    private WorkOrderId id;
    private OfficeId office;
    private HouseholdId household;
    private WorkOrderKind kind;
    private WorkOrderStatus status;
    private Instant openedAt;
    private String lastReworkCallback;

    protected WorkOrder() {
    }

    @CommandHandler
    WorkOrder(OpenWorkOrder command, References references) {
        references.office(command.officeId(), "officeId");
        references.household(command.officeId(), command.householdId(), "householdId");
        if (command.source() != WorkOrderSource.HOUSEHOLD && command.sourceId() != null) {
            references.record(command.officeId(), SOURCE_KINDS.get(command.source()), command.sourceId(), "sourceId");
        }
        if (command.kind() == WorkOrderKind.PAID_SERVICE) {
            if (command.contract() == null) {
                throw DomainRefusal.unprocessable("WORK_ORDER_CONTRACT_REQUIRED",
                                                  "A paid or special service needs its contract period",
                                                  Map.of("field", "contract"));
            }
            if (command.contract().end().isBefore(command.contract().start())) {
                throw DomainRefusal.unprocessable("WORK_ORDER_CONTRACT_ENDS_BEFORE_IT_STARTS",
                                                  "The contract ends before it starts",
                                                  Map.of("field", "contract.end"));
            }
        } else if (command.contract() != null) {
            throw DomainRefusal.unprocessable("WORK_ORDER_CONTRACT_NOT_APPLICABLE",
                                              "Only paid or special services have a contract period",
                                              Map.of("field", "contract", "kind", command.kind().name()));
        }
        if (command.source() != WorkOrderSource.HOUSEHOLD && command.sourceId() == null) {
            throw DomainRefusal.unprocessable("WORK_ORDER_SOURCE_ID_REQUIRED",
                                              "A work order opened from a " + command.source()
                                                      + " must name it in sourceId",
                                              Map.of("field", "sourceId"));
        }
        apply(new WorkOrderOpened(command.workOrderId(), command.officeId(), command.householdId(), command.kind(),
                                  command.description(), command.source(), command.sourceId(), command.contract(),
                                  command.at(), command.by()));
    }

    @CommandHandler
    void handle(AssignWorkOrder command, References references) {
        status.requireOneOf(command, WorkOrderStatus.OPEN, WorkOrderStatus.ASSIGNED);
        references.department(office, command.department(), "department");
        if (command.assignee() != null) {
            references.staff(office, command.assignee(), "assignee");
        }
        apply(new WorkOrderAssigned(id, command.department(), command.assignee(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(CompleteWorkOrder command, References references) {
        status.requireOneOf(command, WorkOrderStatus.ASSIGNED);
        references.staff(office, command.performedBy(), "performedBy");
        if (command.completedAt().isBefore(openedAt) || command.completedAt().isAfter(command.at())) {
            throw DomainRefusal.unprocessable("WORK_ORDER_COMPLETION_TIME_INVALID",
                                              "completedAt must lie between the opening (" + openedAt
                                                      + ") and now (" + command.at() + ")",
                                              Map.of("field", "completedAt"));
        }
        apply(new WorkOrderCompleted(id, office, household, kind, command.performedBy(), command.notes(),
                                     command.completedAt(), command.by()));
    }

    @CommandHandler
    void handle(ReworkWorkOrder command) {
        if (command.callbackId().equals(lastReworkCallback)) {
            return;
        }
        status.requireOneOf(command, WorkOrderStatus.COMPLETED);
        apply(new WorkOrderReworkRequested(id, command.callbackId(), command.reason(), command.at(), command.by()));
    }

    @CommandHandler
    void handle(CancelWorkOrder command) {
        status.requireOneOf(command, WorkOrderStatus.OPEN, WorkOrderStatus.ASSIGNED);
        apply(new WorkOrderCancelled(id, command.reason(), command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(WorkOrderOpened event) {
        id = event.workOrderId();
        office = event.officeId();
        household = event.householdId();
        kind = event.kind();
        openedAt = event.openedAt();
        status = WorkOrderStatus.OPEN;
    }

    @EventSourcingHandler
    void on(WorkOrderAssigned event) {
        status = WorkOrderStatus.ASSIGNED;
    }

    @EventSourcingHandler
    void on(WorkOrderCompleted event) {
        status = WorkOrderStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(WorkOrderReworkRequested event) {
        lastReworkCallback = event.callbackId();
        status = WorkOrderStatus.ASSIGNED;
    }

    @EventSourcingHandler
    void on(WorkOrderCancelled event) {
        status = WorkOrderStatus.CANCELLED;
    }
}
