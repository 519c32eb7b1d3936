package com.propcare.command.visit;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.visit.VisitId;
import com.propcare.events.visit.VisitKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Creates a routine, director or after-accident visit obligation by hand, due at {@code due}.
 * {@code scheduledBy} is the staff member acting.
 */
public record ScheduleVisit(@TargetAggregateIdentifier VisitId visitId, OfficeId officeId, VisitKind kind,
                            HouseholdId householdId, Instant due, String reason, Instant scheduledAt,
                            StaffId scheduledBy) {
}
