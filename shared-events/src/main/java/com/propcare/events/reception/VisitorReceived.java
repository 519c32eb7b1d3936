package com.propcare.events.reception;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.SealedValue;
import com.propcare.events.StaffId;
import com.propcare.events.visit.RaisedOpinion;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A walk-in or visitor was received at the office (来访登记). The visitor's name is personal data, sealed under the
 * reception id so erasing that one key erases it.
 *
 * @param householdId the household the visitor came for or from; null for a visitor of no household
 * @param referredTo  whom the visitor was referred to; null unless the outcome is REFERRED
 */
@Revision("1")
public record VisitorReceived(ReceptionId receptionId, OfficeId officeId, HouseholdId householdId,
                              SealedValue visitorName, String purpose, Instant receivedAt, StaffId receivedBy,
                              ReceptionOutcome outcome, String referredTo, String notes,
                              List<RaisedOpinion> opinions) {
}
