package com.propcare.command.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.callback.MatterId;
import com.propcare.events.visit.VisitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sent by the triggers for each household of an accident recorded as a matter [001 C]: the director, heads and
 * staff visit, follow up and prevent recurrence. The id is derived from the matter and the household.
 */
public record ScheduleAfterAccidentVisit(@TargetAggregateIdentifier VisitId visitId, OfficeId officeId,
                                         HouseholdId householdId, MatterId matterId, String description,
                                         Instant occurredAt, Instant recordedAt) {
}
