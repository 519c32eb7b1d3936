package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** New occupants moved into a vacant household on {@code moveInDate}; the new-owner visit counts from that day. */
@Revision("1")
public record HouseholdMovedIn(HouseholdId householdId, OfficeId officeId, LocalDate moveInDate,
                               List<Resident> residents, Instant recordedAt, StaffId recordedBy)
        implements HouseholdEvent {
}
