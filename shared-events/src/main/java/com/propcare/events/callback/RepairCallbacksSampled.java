package com.propcare.events.callback;

import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.policy.CallbackRules.RepairCounting;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A day's completed work orders were sampled for callbacks (domain §2), recorded so that the choice can be
 * audited and re-derived: the rule and policy version, the month's volume, how many callbacks the month needed so
 * far and had before, the day's population and the choice.
 *
 * @param day                the office day whose completions were considered
 * @param ruleDescription    the rule as applied, in words, e.g. "sampling table: 20 orders → 30 % rounded UP = 6"
 * @param monthVolume        the month's orders so far, this day's included
 * @param required           callbacks the month needs so far by the rule
 * @param previouslySelected callbacks chosen earlier in the month
 * @param population         the completions considered now, each once
 * @param selected           those chosen now, each with its performer role
 */
@Revision("1")
public record RepairCallbacksSampled(RepairSamplingId samplingId, OfficeId officeId, YearMonth month, LocalDate day,
                                     PolicyVersion policyVersion, RepairCounting countingRule,
                                     String ruleDescription, int monthVolume, int required, int previouslySelected,
                                     List<RepairCompletion> population, List<SampledRepair> selected,
                                     Instant sampledAt) {
}
