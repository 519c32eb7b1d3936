package com.propcare.command.reception;

import com.propcare.eventstore.personal.PersonalDataVault;
import com.propcare.events.SealedValue;
import com.propcare.events.reception.ReceptionId;
import org.springframework.stereotype.Component;

/**
 * A visitor need not be a resident, so their name is sealed under the reception entry as its own subject: erasing
 * that key erases the name from the log and leaves the rest of the entry readable.
 */
@Component
class VaultVisitorNames implements VisitorNames {

    private final PersonalDataVault vault;

    VaultVisitorNames(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public SealedValue seal(ReceptionId reception, String name) {
        PersonalDataVault.Sealed sealed = vault.encrypt("reception:" + reception.value(), name);
        return new SealedValue(sealed.keyId(), sealed.ciphertext());
    }
}
