package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.KeyResidentFlag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Register one household on a unit of an office, under the id the caller chose. {@code moveInDate} belongs to an
 * occupied household only; {@code floor} and {@code preferredChannel} may be null.
 */
public record RegisterHousehold(@TargetAggregateIdentifier HouseholdId householdId, OfficeId officeId,
                                BuildingId building, String unit, Integer floor, boolean occupied,
                                LocalDate moveInDate, Set<KeyResidentFlag> keyResidentFlags,
                                ContactChannel preferredChannel, Set<ContactChannel> declinedChannels,
                                List<ResidentDetails> residents, Instant at, StaffId by) {
}
