package com.propcare.command.callback.kinds;

import com.propcare.events.OfficeId;
import com.propcare.events.callback.CallbackKindTerms;
import com.propcare.events.callback.KindCode;

import java.util.List;
import java.util.Optional;

/**
 * The office's own callback kinds as defined now, current within the command that defined them: what a matter
 * records as its terms, and what a follow-up of an office kind is due by.
 */
public interface CallbackKindsInForce {

    /** The kinds defined for a matter type, by code. */
    List<CallbackKindTerms> forMatterType(OfficeId office, String matterType);

    Optional<CallbackKindTerms> kind(OfficeId office, KindCode code);
}
