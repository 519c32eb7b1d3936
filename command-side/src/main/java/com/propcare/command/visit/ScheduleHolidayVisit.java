package com.propcare.command.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.PolicyVersion;
import com.propcare.events.visit.HolidayPlanId;
import com.propcare.events.visit.VisitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the triggers for each household of a holiday plan; the id is derived from the plan and the household. */
public record ScheduleHolidayVisit(@TargetAggregateIdentifier VisitId visitId, OfficeId officeId,
                                   HouseholdId householdId, HolidayPlanId planId, String festival, Instant due,
                                   PolicyVersion policy, Instant plannedAt) {
}
