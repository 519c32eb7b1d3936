package com.propcare.access;

import java.util.Set;

/**
 * An authenticated user: its roles and the offices whose data it may see. A user of all offices (configured as
 * {@code *}) is a company-level user.
 *
 * @param grants extra rights beyond the roles, e.g. {@link #PERSONAL_DATA} for an auditor who may see names
 */
public record StaffUser(String name, Set<Role> roles, Set<String> offices, boolean allOffices, Set<String> grants) {

    /** The grant that lets a user see personal data where its role alone would see it masked. */
    public static final String PERSONAL_DATA = "PERSONAL_DATA";

    public StaffUser {
        roles = Set.copyOf(roles);
        offices = Set.copyOf(offices);
        grants = Set.copyOf(grants);
    }

    public boolean sees(String officeId) {
        return allOffices || offices.contains(officeId);
    }

    public boolean hasAnyOf(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean mayReadPersonalData() {
        return grants.contains(PERSONAL_DATA) || roles.stream().anyMatch(role -> role != Role.AUDITOR
                && role != Role.VIEWER && role != Role.INTEGRATOR);
    }
}
