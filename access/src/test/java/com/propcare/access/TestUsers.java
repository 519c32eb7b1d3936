package com.propcare.access;

import org.springframework.security.core.Authentication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Users every Spring test context gets (see {@link TestUsersContextCustomizerFactory}): {@value #TESTER} with every
 * role in every office, and one user per role in each of {@link #OFFICES}, all with API tokens.
 */
public final class TestUsers {

    public static final String TESTER = "tester";
    public static final List<String> OFFICES = List.of("office-1", "office-2");

    private TestUsers() {
    }

    /** The user with one role in one office, e.g. {@code clerk-office-1}. */
    public static String user(Role role, String office) {
        return role.name().toLowerCase() + "-" + office;
    }

    public static String token(String user) {
        return "test-token-" + user;
    }

    public static String bearer(String user) {
        return "Bearer " + token(user);
    }

    static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        // tests send bursts on purpose; the limits test sets its own rate
        properties.put("propcare.limits.requests-per-second", "1000000");
        add(properties, TESTER, String.join(",", names(Role.values())), "*", StaffUser.PERSONAL_DATA);
        for (String office : OFFICES) {
            for (Role role : Role.values()) {
                add(properties, user(role, office), role.name(), office, "");
            }
        }
        return properties;
    }

    /** The same users as command-line arguments, for an application started as a separate process. */
    public static List<String> arguments() {
        return properties().entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
    }

    /** An authenticated user for tests that bind controllers without the security layer. */
    public static Authentication authenticated(Set<Role> roles, Set<String> offices, boolean allOffices) {
        return new Users.Authenticated(new StaffUser("test-user", roles, offices, allOffices, Set.of()), false);
    }

    /** Office checks for controllers bound without an application context. */
    public static OfficeAccess officeAccess() {
        return new OfficeAccess();
    }

    private static void add(Map<String, Object> properties, String user, String roles, String offices,
                            String grants) {
        String prefix = "propcare.security.users." + user + ".";
        properties.put(prefix + "token-sha256", Tokens.sha256(token(user)));
        properties.put(prefix + "roles", roles);
        properties.put(prefix + "offices", offices);
        properties.put(prefix + "grants", grants);
    }

    private static String[] names(Role[] roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
