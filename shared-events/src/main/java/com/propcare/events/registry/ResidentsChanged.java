package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The household's people are now {@code residents} (a correction or a change of owner), sealed as always. */
@Revision("1")
public record ResidentsChanged(HouseholdId householdId, OfficeId officeId, List<Resident> residents,
                               Instant changedAt, StaffId changedBy) implements HouseholdEvent {
}
