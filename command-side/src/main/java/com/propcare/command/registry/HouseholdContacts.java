package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.registry.ContactChannel;

import java.util.Optional;
import java.util.Set;

/**
 * How a household wants to be reached (客户自愿原则, domain §2): callbacks and visits never use a declined channel.
 * Kept for households registered one by one and for imported ones alike.
 */
public interface HouseholdContacts {

    Optional<ContactPreferences> find(HouseholdId household);

    /** {@code preferredChannel} is null when the residents named none. */
    record ContactPreferences(HouseholdId householdId, OfficeId officeId, ContactChannel preferredChannel,
                              Set<ContactChannel> declinedChannels) {

        public ContactPreferences {
            declinedChannels = declinedChannels == null ? Set.of() : Set.copyOf(declinedChannels);
        }

        public boolean declines(ContactChannel channel) {
            return declinedChannels.contains(channel);
        }
    }
}
