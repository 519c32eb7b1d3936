package com.propcare.query.callback;

import java.util.List;
import java.util.Objects;

/**
 * What a member of staff owes now: the open callbacks of their office that one of their roles may perform (less
 * those the conflict-of-interest rule keeps from them), and the open follow-ups assigned to them or their
 * department. The caller reads office, department and roles from the registry.
 */
public record FindStaffObligations(String staffId, String officeId, String departmentId, List<String> roles) {

    public FindStaffObligations {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(officeId, "officeId");
        roles = List.copyOf(roles);
    }
}
