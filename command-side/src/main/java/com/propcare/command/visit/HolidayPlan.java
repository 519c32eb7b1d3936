package com.propcare.command.visit;

import com.propcare.command.registry.References;
import com.propcare.command.policy.OfficePolicies;
import com.propcare.command.policy.PolicyInForce;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.HouseholdId;
import com.propcare.events.visit.HolidayPlanId;
import com.propcare.events.visit.HolidayVisitsPlanned;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A festival's holiday visits (重大节日拜访) to the office's occupied key-resident households [001 D]: the plan
 * records who was chosen, and the triggers create one visit obligation per household from it.
 */
@Aggregate
class HolidayPlan {

    @AggregateIdentifier
    private HolidayPlanId id;

    protected HolidayPlan() {
    }

    @CommandHandler
    HolidayPlan(PlanHolidayVisits command, VisitHouseholds households, OfficePolicies policies,
                References references) {
        references.office(command.officeId(), "officeId");
        List<HouseholdId> keyResidents = households.occupiedKeyResidents(command.officeId());
        if (keyResidents.isEmpty()) {
            throw DomainRefusal.unprocessable(VisitRefusalCodes.HOLIDAY_WITHOUT_KEY_RESIDENTS,
                    "The office has no occupied household with key residents (aged living alone, disabled)",
                    Map.of("field", "officeId"));
        }
        PolicyInForce policy = policies.inForce(command.officeId(), command.at());
        Instant endOfFestivalDay = command.festivalDate().plusDays(1).atStartOfDay(policy.zone()).toInstant();
        apply(new HolidayVisitsPlanned(command.planId(), command.officeId(), command.festival().strip(),
                                       command.festivalDate(), keyResidents, endOfFestivalDay, policy.version(),
                                       command.at(), command.by()));
    }

    @EventSourcingHandler
    void on(HolidayVisitsPlanned event) {
        id = event.planId();
    }
}
