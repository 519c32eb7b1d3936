package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.registry.BuildingId;
import com.propcare.events.registry.ContactChannel;
import com.propcare.events.registry.KeyResidentFlag;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One household of an import file, read and checked field by field already; {@code line} is where it stands in the
 * file, so that a refusal can point at it.
 */
public record ImportRow(int line, HouseholdId householdId, BuildingId building, String unit, Integer floor,
                        boolean occupied, LocalDate moveInDate, Set<KeyResidentFlag> keyResidentFlags,
                        ContactChannel preferredChannel, Set<ContactChannel> declinedChannels,
                        List<ResidentDetails> residents) {
}
