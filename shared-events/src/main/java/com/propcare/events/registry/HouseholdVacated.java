package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The occupants moved out on {@code movedOutOn}: the household is vacant, so surveys and routine visits skip it.
 * Its residents are no longer shown; their sealed data stays in the log until the household's key is destroyed.
 */
@Revision("1")
public record HouseholdVacated(HouseholdId householdId, OfficeId officeId, LocalDate movedOutOn,
                               Instant recordedAt, StaffId recordedBy) implements HouseholdEvent {
}
