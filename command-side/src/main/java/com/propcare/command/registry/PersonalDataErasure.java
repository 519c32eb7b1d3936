package com.propcare.command.registry;

import com.propcare.events.registry.ContactPreferencesChanged;
import com.propcare.events.registry.HouseholdEvent;
import com.propcare.events.registry.HouseholdMovedIn;
import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.events.registry.HouseholdRegistered;
import com.propcare.events.registry.HouseholdVacated;
import com.propcare.events.registry.ImportedHouseholdTakenOver;
import com.propcare.events.registry.KeyResidentFlagsChanged;
import com.propcare.events.registry.ResidentsChanged;
import com.propcare.eventstore.ReadsEvents;
import com.propcare.eventstore.personal.PersonalDataVault;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a household's key when its erasure is recorded, in the same unit of work (the registry lookups are a
 * subscribing group): from then on every value sealed under it, in the log, in read models and in exports, opens
 * as erased. Destroying a key twice (a replay) is harmless.
 */
@ReadsEvents(value = HouseholdEvent.class,
             ignores = {ContactPreferencesChanged.class, HouseholdMovedIn.class, HouseholdRegistered.class,
                        HouseholdVacated.class, ImportedHouseholdTakenOver.class, KeyResidentFlagsChanged.class,
                        ResidentsChanged.class})
@Component
@ProcessingGroup(Registry.LOOKUP_PROCESSING_GROUP)
class PersonalDataErasure {

    private final PersonalDataVault vault;

    PersonalDataErasure(PersonalDataVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(HouseholdPersonalDataErased erased) {
        vault.destroyKey(VaultResidentSealer.subjectOf(erased.householdId()));
    }
}
