package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** The household's key-resident flags are now {@code keyResidentFlags} (empty: no longer a key household). */
@Revision("1")
public record KeyResidentFlagsChanged(HouseholdId householdId, OfficeId officeId,
                                      Set<KeyResidentFlag> keyResidentFlags, Instant changedAt, StaffId changedBy)
        implements HouseholdEvent {
}
