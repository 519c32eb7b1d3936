package com.propcare.command.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.visit.MassMoveInId;
import com.propcare.events.visit.VisitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Sent by the triggers when a household moved in; the id is derived from the household and the move-in date.
 * {@code massMoveIn} names the declared mass move-in the date falls into, or is null.
 */
public record ScheduleNewOwnerVisit(@TargetAggregateIdentifier VisitId visitId, OfficeId officeId,
                                    HouseholdId householdId, LocalDate moveInDate, MassMoveInId massMoveIn,
                                    Instant movedInRecordedAt) {
}
