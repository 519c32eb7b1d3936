package com.propcare.command.registry;

import com.propcare.events.registry.HouseholdPersonalDataErased;
import com.propcare.eventstore.personal.PersonalDataVault;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a household's key when its erasure is recorded, in the same unit of work (the registry lookups are a
 * subscribing group): from then on every value sealed under it, in the log, in read models and in exports, opens
 * as erased. Destroying a key twice (a replay) is harmless.
 */
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
