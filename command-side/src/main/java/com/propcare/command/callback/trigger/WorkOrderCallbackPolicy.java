package com.propcare.command.callback.trigger;

import com.propcare.command.callback.ScheduleCallback;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackId;
import com.propcare.events.callback.KindCode;
import com.propcare.events.callback.RepairCallbacksSampled;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.SampledRepair;
import com.propcare.events.callback.Subject;
import com.propcare.events.callback.SubjectType;
import com.propcare.events.policy.CallbackKind;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.CallbackRules.KindRule;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.ContractPeriod;
import com.propcare.events.workorder.WorkOrderCompleted;
import com.propcare.events.workorder.WorkOrderKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a completed work order owes (domain §2). Repairs join the month's sampling population; paid services get
 * their contract callbacks (or join the population when the policy samples them too); help services all get one.
 * A completed rework gets its callback at once, following up the callback that found the work unsatisfactory. The
 * month's sample, once drawn, gets one callback per chosen order.
 */
final class WorkOrderCallbackPolicy {

    /**
     * The callbacks to schedule, and the completion to queue for sampling on its office day (null for none).
     */
    record Decision(List<ScheduleCallback> callbacks, RepairCompletion toSample, LocalDate sampleDay) {
    }

    private WorkOrderCallbackPolicy() {
    }

    static Decision decide(WorkOrderFacts workOrder, WorkOrderCompleted completed, long sequence,
                           OfficeRules office) {
        PolicyInForce policy = office.policyAt(completed.completedAt());
        CallbackRules rules = policy.document().callbacks();
        RepairCompletion completion = new RepairCompletion(completed.workOrderId(), completed.householdId(),
                                                           completed.kind(), completed.completedAt(),
                                                           completed.performedBy(), workOrder.department());
        CallbackId id = new CallbackId("cb-" + completed.workOrderId() + "-" + sequence);
        LocalDate day = LocalDate.ofInstant(completed.completedAt(), policy.zone());
        if (workOrder.reworkAfter() != null) {
            CallbackKind kind = kindOf(completed.kind());
            KindRule rule = rules.kinds().get(kind);
            return callbacks(List.of(callback(id, completion, policy, kind, rule.performers(),
                                              office.add(completed.completedAt(), rule.due()),
                                              workOrder.reworkAfter(),
                                              "rework completed after callback " + workOrder.reworkAfter())));
        }
        return switch (completed.kind()) {
            case SMALL_REPAIR, SAFETY_FACILITY_REPAIR, LEAK_REPAIR, OTHER_REPAIR, REPAIR_WORKS ->
                    new Decision(List.of(), completion, day);
            case PAID_SERVICE -> rules.specialServices() == CallbackRules.SpecialServices.SAMPLING_TABLE
                    ? new Decision(List.of(), completion, day)
                    : callbacks(paidService(id, completion, policy, workOrder.contract(), office));
            case HELP_SERVICE -> {
                KindRule rule = rules.kinds().get(CallbackKind.OTHER_SERVICES);
                yield callbacks(List.of(callback(id, completion, policy, CallbackKind.OTHER_SERVICES,
                                                 rule.performers(), office.add(completed.completedAt(), rule.due()),
                                                 null, "help service completed")));
            }
        };
    }

    /** The month's sample: each chosen order with its assigned role, due by the policy at its completion. */
    static List<ScheduleCallback> decide(RepairCallbacksSampled sampled, OfficeRules office) {
        List<ScheduleCallback> callbacks = new ArrayList<>();
        for (SampledRepair chosen : sampled.selected()) {
            RepairCompletion repair = chosen.repair();
            PolicyInForce policy = office.policyAt(repair.completedAt());
            CallbackKind kind = kindOf(repair.kind());
            KindRule rule = policy.document().callbacks().kinds().get(kind);
            List<StaffRole> performers = chosen.performerRole() == null ? rule.performers()
                    : List.of(chosen.performerRole());
            callbacks.add(callback(new CallbackId("cb-sampled-" + repair.workOrderId()), repair, policy, kind,
                                   performers, office.add(repair.completedAt(), rule.due()), null,
                                   "sampled: " + sampled.required() + " of " + sampled.monthVolume() + " ("
                                           + sampled.ruleDescription() + ")"));
        }
        return callbacks;
    }

    /** Mid-contract (when the kind asks for it and the mid point is still ahead) and after the contract ends. */
    private static List<ScheduleCallback> paidService(CallbackId id, RepairCompletion completion,
                                                      PolicyInForce policy, ContractPeriod contract,
                                                      OfficeRules office) {
        KindRule rule = policy.document().callbacks().kinds().get(CallbackKind.PAID_SERVICE);
        ZoneId zone = policy.zone();
        LocalDate midDay = contract.start().plusDays(ChronoUnit.DAYS.between(contract.start(), contract.end()) / 2);
        Instant mid = midDay.atStartOfDay(zone).toInstant();
        Instant end = contract.end().plusDays(1).atStartOfDay(zone).toInstant();
        List<ScheduleCallback> callbacks = new ArrayList<>();
        if (rule.alsoMidContract() && completion.completedAt().isBefore(mid)) {
            callbacks.add(callback(new CallbackId(id + "-mid"), completion, policy, CallbackKind.PAID_SERVICE,
                                   rule.performers(), office.add(mid, rule.due()), null,
                                   "paid service: mid-contract (" + midDay + ")"));
        }
        Instant after = end.isAfter(completion.completedAt()) ? end : completion.completedAt();
        callbacks.add(callback(new CallbackId(id + "-end"), completion, policy, CallbackKind.PAID_SERVICE,
                               rule.performers(), office.add(after, rule.due()), null,
                               "paid service: after the contract ended (" + contract.end() + ")"));
        return callbacks;
    }

    private static Decision callbacks(List<ScheduleCallback> callbacks) {
        return new Decision(callbacks, null, null);
    }

    private static ScheduleCallback callback(CallbackId id, RepairCompletion repair, PolicyInForce policy,
                                             CallbackKind kind, List<StaffRole> performers, Instant due,
                                             CallbackId followUpOf, String reason) {
        CallbackRules rules = policy.document().callbacks();
        OfficeId office = policy.office();
        return new ScheduleCallback(id, office, KindCode.of(kind),
                                    new Subject(SubjectType.WORK_ORDER, repair.workOrderId().value()),
                                    repair.householdId(), due, performers, repair.performedBy(), repair.department(),
                                    rules.kinds().get(kind).conflictOfInterestAvoided(), Set.of(),
                                    rules.phoneRecordingRequired(), rules.recordRetentionYears(), followUpOf, reason,
                                    policy.version(), repair.completedAt());
    }

    static CallbackKind kindOf(WorkOrderKind kind) {
        return switch (kind) {
            case SMALL_REPAIR -> CallbackKind.SMALL_REPAIR;
            case SAFETY_FACILITY_REPAIR -> CallbackKind.SAFETY_FACILITY_REPAIR;
            case LEAK_REPAIR -> CallbackKind.LEAK_REPAIR;
            case OTHER_REPAIR -> CallbackKind.OTHER_REPAIR;
            case REPAIR_WORKS -> CallbackKind.REPAIR_WORKS;
            case PAID_SERVICE -> CallbackKind.PAID_SERVICE;
            case HELP_SERVICE -> CallbackKind.OTHER_SERVICES;
        };
    }
}
