package com.propcare.events.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** The residents now prefer {@code preferredChannel} (null: no preference) and decline {@code declinedChannels}. */
@Revision("1")
public record ContactPreferencesChanged(HouseholdId householdId, OfficeId officeId, ContactChannel preferredChannel,
                                        Set<ContactChannel> declinedChannels, Instant changedAt, StaffId changedBy)
        implements HouseholdEvent {
}
