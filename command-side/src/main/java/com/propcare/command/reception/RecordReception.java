package com.propcare.command.reception;

import com.propcare.command.visit.OpinionInput;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.reception.ReceptionId;
import com.propcare.events.reception.ReceptionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Enter a walk-in on the reception log; {@code visitorName} is sealed before it is stored, {@code at} is now. */
public record RecordReception(@TargetAggregateIdentifier ReceptionId receptionId, OfficeId officeId,
                              HouseholdId householdId, String visitorName, String purpose, Instant receivedAt,
                              StaffId receivedBy, ReceptionOutcome outcome, String referredTo, String notes,
                              List<OpinionInput> opinions, Instant at) {
}
