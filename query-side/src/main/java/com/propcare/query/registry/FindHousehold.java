package com.propcare.query.registry;

import java.util.Objects;

/** One household with its residents decrypted for staff; answered with {@code null} when there is none. */
public record FindHousehold(String householdId) {

    public FindHousehold {
        Objects.requireNonNull(householdId, "householdId");
    }
}
