package com.propcare.query.registry;

import com.propcare.events.SealedValue;
import com.propcare.eventstore.personal.PersonalDataVault.Sealed;
import com.propcare.eventstore.personal.PersonalDataVault;
import com.propcare.query.registry.HouseholdDetails.ShownResident;
import com.propcare.query.registry.HouseholdView.SealedResident;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Opens residents' sealed names and phones with their household's key, at the moment one household is shown to
 * staff; nothing decrypted is stored. Once the key is destroyed a resident shows as erased.
 */
@Component
class ResidentOpener {

    private final PersonalDataVault vault;

    ResidentOpener(PersonalDataVault vault) {
        this.vault = vault;
    }

    List<ShownResident> open(String household, List<SealedResident> residents) {
        return residents.stream().map(resident -> {
            Optional<String> name = open(household, resident.name());
            Optional<String> phone = resident.phone() == null ? Optional.empty() : open(household, resident.phone());
            boolean erased = name.isEmpty() || resident.phone() != null && phone.isEmpty();
            return erased ? new ShownResident(resident.role(), null, null, true)
                          : new ShownResident(resident.role(), name.get(), phone.orElse(null), false);
        }).toList();
    }

    private Optional<String> open(String household, SealedValue value) {
        return vault.decrypt(household, new Sealed(value.keyId(), value.ciphertext()));
    }
}
