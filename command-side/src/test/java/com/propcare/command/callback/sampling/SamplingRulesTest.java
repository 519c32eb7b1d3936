package com.propcare.command.callback.sampling;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.RepairSamplingId;
import com.propcare.events.callback.SampledRepair;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.SamplingTable;
import com.propcare.events.registry.StaffRole;
import com.propcare.events.workorder.WorkOrderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.propcare.command.callback.sampling.SamplingTestData.repair;
import static com.propcare.command.callback.sampling.SamplingTestData.repairs;
import static com.propcare.command.callback.sampling.SamplingTestData.rules;
import static com.propcare.events.policy.CallbackRules.RepairCounting.OFFICE_WIDE_SHARE;
import static com.propcare.events.policy.CallbackRules.RepairCounting.ROLE_SHARES;
import static com.propcare.events.policy.CallbackRules.RepairCounting.SAMPLING_TABLE;
import static org.assertj.core.api.Assertions.assertThat;

class SamplingRulesTest {

    private static final RepairSamplingId MARCH = RepairSamplingId.of(new OfficeId("office-1"), YearMonth.of(2026, 3));

    private static SamplingRules.Decision sampleAtOnce(CallbackRules rules, List<RepairCompletion> repairs) {
        return SamplingRules.sample(MARCH, rules, List.of(), List.of(), repairs);
    }

    @ParameterizedTest(name = "{0} orders in a month → {1} callbacks")
    @CsvSource({"4,4", "5,5", "19,5", "20,6", "50,15", "51,8", "100,15", "101,20"})
    void the_default_sampling_table_at_its_boundaries(int volume, int expected) {
        SamplingRules.Decision decision = sampleAtOnce(rules(SAMPLING_TABLE),
                                                       repairs("wo-", volume, WorkOrderKind.OTHER_REPAIR));

        assertThat(decision.required()).isEqualTo(expected);
        assertThat(decision.selected()).hasSize(expected);
        assertThat(decision.monthVolume()).isEqualTo(volume);
    }

    @Test
    void the_table_rounds_as_the_policy_says_and_may_ask_for_the_sample_even_when_fewer() {
        SamplingTable table = rules(SAMPLING_TABLE).sampling();
        SamplingTable down = new SamplingTable(table.bands(), SamplingTable.Rounding.DOWN, true);
        SamplingTable owed = new SamplingTable(table.bands(), SamplingTable.Rounding.UP, false);

        assertThat(SamplingRules.tableSize(down, 51)).isEqualTo(7);
        assertThat(SamplingRules.tableSize(owed, 3)).isEqualTo(5);
        assertThat(SamplingRules.tableSize(table, 0)).isZero();
    }

    @Test
    void the_month_so_far_decides_and_a_choice_is_never_undone() {
        CallbackRules rules = rules(SAMPLING_TABLE);
        List<RepairCompletion> firstDays = repairs("a-", 19, WorkOrderKind.OTHER_REPAIR);
        SamplingRules.Decision first = SamplingRules.sample(MARCH, rules, List.of(), List.of(), firstDays);
        // 19 → 5; one more day of 32 orders: 51 → 8, so 3 more
        SamplingRules.Decision second = SamplingRules.sample(MARCH, rules, firstDays, first.selected(),
                                                             repairs("b-", 32, WorkOrderKind.OTHER_REPAIR));
        // 50 → 15 would need more, 51 → 8 needs fewer than chosen: nothing is unselected
        List<SampledRepair> soFar = new ArrayList<>(first.selected());
        soFar.addAll(second.selected());
        List<RepairCompletion> considered = new ArrayList<>(firstDays);
        considered.addAll(repairs("b-", 32, WorkOrderKind.OTHER_REPAIR));
        SamplingRules.Decision third = SamplingRules.sample(MARCH, rules, considered, soFar,
                                                            repairs("c-", 1, WorkOrderKind.OTHER_REPAIR));

        assertThat(first.selected()).hasSize(5);
        assertThat(second.required()).isEqualTo(8);
        assertThat(second.previouslySelected()).isEqualTo(5);
        assertThat(second.selected()).hasSize(3);
        assertThat(third.required()).isEqualTo(8);
        assertThat(third.selected()).isEmpty();
    }

    @Test
    void office_wide_share_takes_thirty_percent_of_small_repairs_and_the_table_for_the_others() {
        List<RepairCompletion> repairs = new ArrayList<>(repairs("s-", 12, WorkOrderKind.SMALL_REPAIR));
        repairs.addAll(repairs("l-", 3, WorkOrderKind.LEAK_REPAIR));

        SamplingRules.Decision decision = sampleAtOnce(rules(OFFICE_WIDE_SHARE), repairs);

        // ceil(30 % of 12) = 4 small repairs; 3 others, fewer than the table's 5: all 3
        assertThat(decision.required()).isEqualTo(7);
        assertThat(decision.selected()).filteredOn(s -> s.repair().kind() == WorkOrderKind.SMALL_REPAIR).hasSize(4);
        assertThat(decision.selected()).filteredOn(s -> s.repair().kind() == WorkOrderKind.LEAK_REPAIR).hasSize(3);
        assertThat(decision.ruleDescription()).contains("30 % of 12 small repairs");
    }

    @Test
    void role_shares_counting_gives_every_repair_a_callback() {
        SamplingRules.Decision decision = sampleAtOnce(rules(ROLE_SHARES),
                                                       repairs("wo-", 23, WorkOrderKind.SMALL_REPAIR));

        assertThat(decision.required()).isEqualTo(23);
        assertThat(decision.selected()).hasSize(23);
    }

    @ParameterizedTest(name = "{0} callbacks: manager {1}, supervisor {2}, repair lead {3}")
    @CsvSource({"10,1,3,6", "20,2,6,12", "37,4,11,22"})
    void each_role_gets_its_share_of_the_chosen_repairs(int callbacks, int director, int head, int lead) {
        SamplingRules.Decision decision = sampleAtOnce(rules(ROLE_SHARES),
                                                       repairs("wo-", callbacks, WorkOrderKind.OTHER_REPAIR));

        Map<StaffRole, Long> byRole = decision.selected().stream().collect(
                Collectors.groupingBy(SampledRepair::performerRole, Collectors.counting()));
        assertThat(byRole).containsEntry(StaffRole.DIRECTOR, (long) director)
                          .containsEntry(StaffRole.DEPARTMENT_HEAD, (long) head)
                          .containsEntry(StaffRole.REPAIR_LEAD, (long) lead);
        // at least each minimum share, rounded down
        assertThat(byRole.get(StaffRole.DIRECTOR)).isGreaterThanOrEqualTo(callbacks * 10L / 100);
        assertThat(byRole.get(StaffRole.DEPARTMENT_HEAD)).isGreaterThanOrEqualTo(callbacks * 30L / 100);
        assertThat(byRole.get(StaffRole.REPAIR_LEAD)).isGreaterThanOrEqualTo(callbacks * 60L / 100);
    }

    @Test
    void roles_keep_their_shares_across_the_days_of_a_month() {
        CallbackRules rules = rules(ROLE_SHARES);
        List<RepairCompletion> considered = new ArrayList<>();
        List<SampledRepair> selected = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            List<RepairCompletion> today = repairs("d" + day + "-", 2, WorkOrderKind.SMALL_REPAIR);
            selected.addAll(SamplingRules.sample(MARCH, rules, considered, selected, today).selected());
            considered.addAll(today);
        }

        assertThat(selected.stream().filter(s -> s.performerRole() == StaffRole.DIRECTOR)).hasSize(2);
        assertThat(selected.stream().filter(s -> s.performerRole() == StaffRole.DEPARTMENT_HEAD)).hasSize(6);
        assertThat(selected.stream().filter(s -> s.performerRole() == StaffRole.REPAIR_LEAD)).hasSize(12);
    }

    @Test
    void a_household_is_not_picked_twice_in_a_month_when_another_can_be() {
        // 20 orders → 6 callbacks; 14 of the orders are for one household, 6 for six others
        List<RepairCompletion> repairs = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            repairs.add(repair("same-" + i, "h-busy", WorkOrderKind.OTHER_REPAIR));
        }
        repairs.addAll(repairs("other-", 6, WorkOrderKind.OTHER_REPAIR));

        SamplingRules.Decision decision = sampleAtOnce(rules(SAMPLING_TABLE), repairs);

        assertThat(decision.selected()).extracting(s -> s.repair().householdId()).doesNotHaveDuplicates()
                                       .hasSize(6);
    }

    @Test
    void a_household_picked_earlier_in_the_month_waits_behind_the_others() {
        CallbackRules rules = rules(SAMPLING_TABLE);
        List<RepairCompletion> firstDay = List.of(repair("wo-1", "h-1", WorkOrderKind.OTHER_REPAIR));
        SamplingRules.Decision first = SamplingRules.sample(MARCH, rules, List.of(), List.of(), firstDay);
        List<RepairCompletion> secondDay = List.of(repair("wo-2", "h-1", WorkOrderKind.OTHER_REPAIR),
                                                   repair("wo-3", "h-2", WorkOrderKind.OTHER_REPAIR));
        // 3 orders → all 3; both are chosen, the new household first
        SamplingRules.Decision second = SamplingRules.sample(MARCH, rules, firstDay, first.selected(), secondDay);

        assertThat(second.selected()).extracting(s -> s.repair().householdId())
                                     .containsExactly(new HouseholdId("h-2"), new HouseholdId("h-1"));
    }

    @Test
    void running_the_rule_again_gives_the_same_choice_whatever_the_input_order() {
        List<RepairCompletion> repairs = repairs("wo-", 60, WorkOrderKind.OTHER_REPAIR);
        List<RepairCompletion> reversed = new ArrayList<>(repairs);
        java.util.Collections.reverse(reversed);

        SamplingRules.Decision once = sampleAtOnce(rules(SAMPLING_TABLE), repairs);
        SamplingRules.Decision again = sampleAtOnce(rules(SAMPLING_TABLE), reversed);

        assertThat(once.selected()).hasSize(9).isEqualTo(again.selected());
        assertThat(once.ruleDescription()).isEqualTo("sampling table: 60 orders in band [51,100] → 15 % rounded UP = 9");
    }
}
