package com.propcare.command.registry;

import com.propcare.events.HouseholdId;
import com.propcare.events.SealedValue;
import com.propcare.events.registry.Resident;
import com.propcare.eventstore.personal.PersonalDataVault;
import com.propcare.eventstore.personal.PersonalDataVault.Plaintext;
import com.propcare.eventstore.personal.PersonalDataVault.Sealed;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Residents' data is sealed under the household's id as the subject: one key per household, so erasing a household's
 * key erases all its residents' data from the log (crypto-shredding). All values of a call are sealed in one go.
 */
@Component
class VaultResidentSealer implements ResidentSealer {

    private final PersonalDataVault vault;

    VaultResidentSealer(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public Map<HouseholdId, List<Resident>> seal(Map<HouseholdId, List<ResidentDetails>> residents) {
        List<Plaintext> values = new ArrayList<>();
        residents.forEach((household, people) -> people.forEach(person -> {
            values.add(new Plaintext(subjectOf(household), person.name()));
            if (person.phone() != null) {
                values.add(new Plaintext(subjectOf(household), person.phone()));
            }
        }));
        Iterator<Sealed> sealed = vault.encryptAll(values).iterator();
        Map<HouseholdId, List<Resident>> result = new LinkedHashMap<>();
        residents.forEach((household, people) -> result.put(household, people.stream().map(person -> new Resident(
                person.role(), value(sealed.next()), person.phone() == null ? null : value(sealed.next()))).toList()));
        return result;
    }

    static String subjectOf(HouseholdId household) {
        return household.value();
    }

    private static SealedValue value(Sealed sealed) {
        return new SealedValue(sealed.keyId(), sealed.ciphertext());
    }
}
