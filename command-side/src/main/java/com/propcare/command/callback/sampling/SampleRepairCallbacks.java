package com.propcare.command.callback.sampling;

import com.propcare.events.OfficeId;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.RepairSamplingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Sample a finished office day's completed work orders for callbacks. Sent by {@link RepairSamplingStep}; sending it
 * again with the same completions changes nothing.
 *
 * @param dayEndedAt when the day ended in office time: the policy in force then applies
 */
public record SampleRepairCallbacks(@TargetAggregateIdentifier RepairSamplingId samplingId, OfficeId officeId,
                                    YearMonth month, LocalDate day, List<RepairCompletion> candidates,
                                    Instant dayEndedAt, Instant at) {
}
