package com.propcare.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.Set;

/**
 * Users from configuration, e.g.
 * <pre>
 * propcare.security.users.clerk-li.password={bcrypt}$2a$10$…
 * propcare.security.users.clerk-li.roles=CLERK
 * propcare.security.users.clerk-li.offices=office-1
 * propcare.security.users.erp-sync.token-sha256=5e88…   # Authorization: Bearer &lt;token&gt;
 * </pre>
 *
 * @param demoUsers      add the documented demo users (the standalone demo does)
 * @param allowDemoUsers start with demo users even against a real MongoDB (refused otherwise)
 */
@ConfigurationProperties("propcare.security")
public record AccessProperties(Map<String, UserEntry> users, boolean demoUsers, boolean allowDemoUsers) {

    public AccessProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    /**
     * @param password    a password hash with its encoder prefix ({@code {bcrypt}…}); absent for token-only users
     * @param tokenSha256 hex SHA-256 of the user's API token; absent for password-only users
     * @param offices     office ids, or {@code *} for all offices
     * @param grants      extra rights, e.g. {@value StaffUser#PERSONAL_DATA}
     */
    public record UserEntry(String password, String tokenSha256, Set<Role> roles, Set<String> offices,
                            Set<String> grants) {

        public UserEntry {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            offices = offices == null ? Set.of() : Set.copyOf(offices);
            grants = grants == null ? Set.of() : Set.copyOf(grants);
        }
    }
}
