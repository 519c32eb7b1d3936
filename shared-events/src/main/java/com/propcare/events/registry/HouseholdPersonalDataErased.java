package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The household's personal data was erased on request: its key is destroyed, so every name and phone sealed under
 * it, in the log and in every read model, reads as erased from now on. The fact itself names no one.
 */
@Revision("1")
public record HouseholdPersonalDataErased(HouseholdId householdId, OfficeId officeId, String reason,
                                          Instant erasedAt, StaffId erasedBy) implements HouseholdEvent {
}
