package com.propcare.command.callback.sampling;

import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.callback.RepairCallbacksSampled;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.RepairSamplingId;
import com.propcare.events.policy.CallbackRules;
import com.propcare.events.policy.PolicyDocument;
import com.propcare.command.policy.PolicyDefaults;
import com.propcare.events.workorder.WorkOrderKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static com.propcare.command.callback.sampling.SamplingTestData.repairs;
import static com.propcare.command.callback.sampling.SamplingTestData.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class RepairSamplingTest {

    private static final OfficeId OFFICE = new OfficeId("office-1");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final RepairSamplingId ID = RepairSamplingId.of(OFFICE, MARCH);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Instant DAY_END = Instant.parse("2026-03-10T16:00:00Z");
    private static final Instant AT = DAY_END.plusSeconds(300);
    private static final PolicyVersion VERSION = new PolicyVersion("office-1:v2");

    private AggregateTestFixture<RepairSampling> fixture;

    @BeforeEach
    void setUp() {
        PolicyDocument defaults = PolicyDefaults.document();
        PolicyDocument document = new PolicyDocument(defaults.complaints(),
                                                     rules(CallbackRules.RepairCounting.SAMPLING_TABLE),
                                                     defaults.visits(), defaults.surveys());
        OfficePolicies policies = (office, at) -> new PolicyInForce(office, VERSION, ZoneId.of("Asia/Shanghai"),
                                                                    document);
        fixture = new AggregateTestFixture<>(RepairSampling.class);
        fixture.registerInjectableResource(policies);
    }

    private static SampleRepairCallbacks sample(LocalDate day, List<RepairCompletion> candidates) {
        return new SampleRepairCallbacks(ID, OFFICE, MARCH, day, candidates, DAY_END, AT);
    }

    @Test
    void the_first_day_of_a_month_records_the_rule_the_population_and_the_choice() {
        List<RepairCompletion> day = repairs("wo-", 20, WorkOrderKind.OTHER_REPAIR);

        fixture.givenNoPriorActivity()
               .when(sample(DAY, day))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                       org.axonframework.test.matchers.Matchers.messageWithPayload(
                               org.hamcrest.Matchers.<Object>instanceOf(RepairCallbacksSampled.class))));
        RepairCallbacksSampled sampled = sampledOf(day);

        assertThat(sampled.samplingId()).isEqualTo(ID);
        assertThat(sampled.policyVersion()).isEqualTo(VERSION);
        assertThat(sampled.countingRule()).isEqualTo(CallbackRules.RepairCounting.SAMPLING_TABLE);
        assertThat(sampled.ruleDescription()).isEqualTo("sampling table: 20 orders in band [20,50] → 30 % rounded UP = 6");
        assertThat(sampled.monthVolume()).isEqualTo(20);
        assertThat(sampled.required()).isEqualTo(6);
        assertThat(sampled.population()).containsExactlyElementsOf(day);
        assertThat(sampled.selected()).hasSize(6);
    }

    @Test
    void completions_already_considered_are_ignored() {
        List<RepairCompletion> day = repairs("wo-", 20, WorkOrderKind.OTHER_REPAIR);
        RepairCallbacksSampled earlier = sampledOf(day);

        fixture.given(earlier)
               .when(sample(DAY, day))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_later_day_adds_to_the_month_and_considers_only_what_is_new() {
        List<RepairCompletion> first = repairs("a-", 19, WorkOrderKind.OTHER_REPAIR);
        List<RepairCompletion> second = new ArrayList<>(first.subList(0, 2));
        second.addAll(repairs("b-", 1, WorkOrderKind.OTHER_REPAIR));

        fixture.given(sampledOf(first))
               .when(sample(DAY.plusDays(1), second))
               .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                       org.axonframework.test.matchers.Matchers.messageWithPayload(
                               org.hamcrest.Matchers.<Object>hasToString(containsString(
                                       "monthVolume=20, required=6, previouslySelected=5")))));
    }

    @Test
    void sampling_nothing_is_refused() {
        fixture.givenNoPriorActivity()
               .when(sample(DAY, List.of()))
               .expectException(DomainRefusal.class)
               .expectExceptionMessage(containsString("SAMPLING_CANDIDATES_REQUIRED"));
    }

    private static RepairCallbacksSampled sampledOf(List<RepairCompletion> day) {
        SamplingRules.Decision decision = SamplingRules.sample(ID, rules(CallbackRules.RepairCounting.SAMPLING_TABLE),
                                                               List.of(), List.of(), day);
        return new RepairCallbacksSampled(ID, OFFICE, MARCH, DAY, VERSION, CallbackRules.RepairCounting.SAMPLING_TABLE,
                                          decision.ruleDescription(), decision.monthVolume(), decision.required(),
                                          decision.previouslySelected(), day, decision.selected(), AT);
    }
}
