package com.propcare.access;

import java.util.Optional;
import java.util.Set;

/**
 * The staff registry as the directory of people: every member of staff is an account whose office and roles are the
 * registry's, so a hire, a role change or a departure takes effect on the next request, on every instance. Each side
 * answers from its own view of the registry; the command side's, written with the events, is preferred where both
 * run ({@link org.springframework.core.annotation.Order}).
 */
public interface StaffAccounts {

    /** The member of staff of that id, active or not; empty for an id the registry does not know. */
    Optional<StaffAccount> find(String staffId);

    /**
     * @param registryRoles the registry's role names (DIRECTOR, CLERK, …), turned into route roles by
     *                      {@link RegistryRoles}
     * @param active        false once the member of staff has left: such an account can neither act nor read
     */
    record StaffAccount(String staffId, String officeId, Set<String> registryRoles, boolean active) {

        public StaffAccount {
            registryRoles = Set.copyOf(registryRoles);
        }
    }
}
