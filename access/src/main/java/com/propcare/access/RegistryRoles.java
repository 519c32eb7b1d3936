package com.propcare.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table from the registry's business roles to the route roles that decide which requests a member of staff
 * may send (docs/operations.md, "Security"). Finer rules (only a director decides handling, only a quality checker spot-checks)
 * are checked by the command side against the registry roles themselves.
 */
public final class RegistryRoles {

    /** Registry role → route roles. A registry role missing here grants no route at all. */
    public static final Map<String, Set<Role>> ROUTE_ROLES = Map.of(
            "DIRECTOR", EnumSet.of(Role.DIRECTOR),
            "DEPARTMENT_HEAD", EnumSet.of(Role.SUPERVISOR),
            "CUSTOMER_SERVICE_SUPERVISOR", EnumSet.of(Role.SUPERVISOR),
            "CLERK", EnumSet.of(Role.CLERK),
            "REPAIR_LEAD", EnumSet.of(Role.CLERK),
            "QUALITY_CHECKER", EnumSet.of(Role.QUALITY));

    private RegistryRoles() {
    }

    public static Set<Role> routeRoles(Set<String> registryRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        registryRoles.forEach(role -> roles.addAll(ROUTE_ROLES.getOrDefault(role, Set.of())));
        return roles;
    }
}
