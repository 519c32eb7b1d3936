package com.propcare.command.callback.sampling;

import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.support.DomainRefusal;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.events.callback.RepairCallbacksSampled;
import com.propcare.events.callback.RepairCompletion;
import com.propcare.events.callback.RepairSamplingId;
import com.propcare.events.callback.SampledRepair;
import com.propcare.events.workorder.WorkOrderId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An office's sampling of repair callbacks for one month: remembers every completion it considered and every one
 * it chose, so that each day adds to the month's count and a completion is never considered twice.
 */
@Aggregate
class RepairSampling {

    @AggregateIdentifier
    private RepairSamplingId id;
    private final List<RepairCompletion> considered = new ArrayList<>();
    private final Set<WorkOrderId> consideredIds = new HashSet<>();
    private final List<SampledRepair> selected = new ArrayList<>();

    protected RepairSampling() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SampleRepairCallbacks command, OfficePolicies policies) {
        if (command.candidates().isEmpty()) {
            throw DomainRefusal.unprocessable("SAMPLING_CANDIDATES_REQUIRED", "There is nothing to sample",
                                              Map.of("field", "candidates", "rule", "not empty"));
        }
        Map<WorkOrderId, RepairCompletion> fresh = new LinkedHashMap<>();
        command.candidates().stream().filter(candidate -> !consideredIds.contains(candidate.workOrderId()))
               .forEach(candidate -> fresh.putIfAbsent(candidate.workOrderId(), candidate));
        if (fresh.isEmpty()) {
            return;
        }
        PolicyInForce policy = policies.inForce(command.officeId(), command.dayEndedAt());
        List<RepairCompletion> population = List.copyOf(fresh.values());
        SamplingRules.Decision decision = SamplingRules.sample(command.samplingId(), policy.document().callbacks(),
                                                               considered, selected, population);
        apply(new RepairCallbacksSampled(command.samplingId(), command.officeId(), command.month(), command.day(),
                                         policy.version(), policy.document().callbacks().repairCounting(),
                                         decision.ruleDescription(), decision.monthVolume(), decision.required(),
                                         decision.previouslySelected(), population, decision.selected(),
                                         command.at()));
    }

    @EventSourcingHandler
    void on(RepairCallbacksSampled event) {
        id = event.samplingId();
        considered.addAll(event.population());
        event.population().forEach(repair -> consideredIds.add(repair.workOrderId()));
        selected.addAll(event.selected());
    }
}
