package com.propcare.command.policy;

import com.propcare.events.OfficeId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The versions an office adopted, and which of them was in force at a moment. */
public interface PolicyVersions {

    /** Every version the office adopted, in the order of adoption; empty when it adopted none. */
    List<AdoptedPolicy> adopted(OfficeId office);

    /**
     * The version in force at {@code at}: of those whose {@code effectiveFrom} is not after {@code at}, the one
     * taking effect last (the later adopted of two for the same moment); the defaults when there is none.
     */
    default AdoptedPolicy inForce(OfficeId office, Instant at) {
        return adopted(office).stream()
                              .filter(version -> !version.effectiveFrom().isAfter(at))
                              .max(Comparator.comparing(AdoptedPolicy::effectiveFrom)
                                             .thenComparing(AdoptedPolicy::number))
                              .orElseGet(() -> AdoptedPolicy.defaults(office));
    }
}
