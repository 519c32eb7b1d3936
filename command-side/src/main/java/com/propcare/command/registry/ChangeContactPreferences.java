package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.StaffId;
import com.propcare.events.registry.ContactChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;

/** Record how the residents want to be contacted, and which channels they decline. */
public record ChangeContactPreferences(@TargetAggregateIdentifier HouseholdId householdId, Long expectedVersion,
                                       ContactChannel preferredChannel, Set<ContactChannel> declinedChannels,
                                       Instant at, StaffId by) implements HouseholdChange {
}
