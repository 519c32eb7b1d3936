package com.propcare.query.registry;

import java.util.Objects;

/** One member of staff; answered with {@code null} when there is none. */
public record FindStaffMember(String staffId) {

    public FindStaffMember {
        Objects.requireNonNull(staffId, "staffId");
    }
}
