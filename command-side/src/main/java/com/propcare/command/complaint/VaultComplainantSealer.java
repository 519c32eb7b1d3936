package com.propcare.command.complaint;

import com.propcare.events.HouseholdId;
import com.propcare.events.SealedValue;
import com.propcare.events.complaint.Complainant;
import com.propcare.eventstore.personal.PersonalDataVault;
import com.propcare.eventstore.personal.PersonalDataVault.Plaintext;
import com.propcare.eventstore.personal.PersonalDataVault.Sealed;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A complainant is sealed under the household's key, as its residents are: erasing the household's personal data
 * shreds that key, and with it every complainant of the household, in the log and wherever the log is read.
 */
@Component
class VaultComplainantSealer implements ComplainantSealer {

    private final PersonalDataVault vault;

    VaultComplainantSealer(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public Complainant seal(HouseholdId household, String name, String phone) {
        if (name == null && phone == null) {
            return null;
        }
        List<Plaintext> values = new ArrayList<>();
        if (name != null) {
            values.add(new Plaintext(household.value(), name));
        }
        if (phone != null) {
            values.add(new Plaintext(household.value(), phone));
        }
        Iterator<Sealed> sealed = vault.encryptAll(values).iterator();
        return new Complainant(name == null ? null : value(sealed.next()), phone == null ? null : value(sealed.next()));
    }

    private static SealedValue value(Sealed sealed) {
        return new SealedValue(sealed.keyId(), sealed.ciphertext());
    }
}
