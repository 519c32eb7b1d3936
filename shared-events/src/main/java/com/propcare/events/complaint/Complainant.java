package com.propcare.events.complaint;

import com.propcare.events.SealedValue;

/**
 * Who complained, when the register names them: personal data, sealed with the household's key as its residents'
 * names are, so that erasing the household erases it from the log too. Either value may be null.
 */
public record Complainant(SealedValue name, SealedValue phone) {
}
