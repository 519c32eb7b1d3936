package com.propcare.command.callback.sampling;

import com.propcare.command.policy.PolicyDefaults;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.workorder.WorkOrderId;
import com.propcare.events.workorder.WorkOrderKind;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Builders for the sampling tests: the default callback rules under another counting rule, and completions. */
final class SamplingTestData {

    static final Instant COMPLETED = Instant.parse("2026-03-10T02:00:00Z");

    private SamplingTestData() {
    }

    static CallbackRules rules(CallbackRules.RepairCounting counting) {
        CallbackRules defaults = PolicyDefaults.document().callbacks();
        return new CallbackRules(defaults.kinds(), defaults.sampling(), counting, defaults.roleShares(),
                                 defaults.roleShareReading(), defaults.smallRepairMonthlySharePercent(),
                                 defaults.specialServices(), defaults.complaintAssignment(), defaults.signatures(),
                                 defaults.problemNoticeHours(), defaults.problemNoticeForEveryKind(),
                                 defaults.latestInPersonHour(), defaults.phoneRecordingRequired(),
                                 defaults.recordRetentionYears());
    }

    static RepairCompletion repair(String workOrder, String household, WorkOrderKind kind) {
        return new RepairCompletion(new WorkOrderId(workOrder), new HouseholdId(household), kind, COMPLETED,
                                    new StaffId("plumber-1"), new DepartmentId("repairs"));
    }

    /** {@code count} repairs of one kind, each for its own household. */
    static List<RepairCompletion> repairs(String prefix, int count, WorkOrderKind kind) {
        return IntStream.range(0, count).mapToObj(i -> repair(prefix + i, "h-" + prefix + i, kind)).toList();
    }
}
