package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A household (住户) was registered on a unit of an office, one at a time. {@code moveInDate} is set when it is
 * occupied (new-owner visits count from it); {@code floor} and {@code preferredChannel} may be null. Residents'
 * names and phones are sealed with the household's key.
 */
@Revision("1")
public record HouseholdRegistered(HouseholdId householdId, OfficeId officeId, BuildingId building, String unit,
                                  Integer floor, boolean occupied, LocalDate moveInDate,
                                  Set<KeyResidentFlag> keyResidentFlags, ContactChannel preferredChannel,
                                  Set<ContactChannel> declinedChannels, List<Resident> residents,
                                  Instant registeredAt, StaffId registeredBy) implements HouseholdEvent {
}
