package com.propcare.access;

import com.propcare.access.AccessProperties.UserEntry;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The documented demo users of the standalone demo: password {@value #PASSWORD} for each, the integrator also
 * with the API token {@value #INTEGRATOR_TOKEN}. {@code office-2} exists only to show isolation.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";
    static final String INTEGRATOR_TOKEN = "demo-integrator-token";

    private DemoUsers() {
    }

    static Map<String, UserEntry> entries(PasswordEncoder encoder) {
        String password = encoder.encode(PASSWORD);
        Map<String, UserEntry> users = new LinkedHashMap<>();
        users.put("admin", new UserEntry(password, null, Set.of(Role.values()), Set.of("*"),
                                         Set.of(StaffUser.PERSONAL_DATA)));
        users.put("clerk-li", user(password, Role.CLERK, "office-1"));
        users.put("supervisor-zhao", user(password, Role.SUPERVISOR, "office-1"));
        users.put("director-chen", user(password, Role.DIRECTOR, "office-1"));
        // the repair lead acknowledges dispatches and reports results: a staff account for everyday work
        users.put("plumber-wu", user(password, Role.CLERK, "office-1"));
        users.put("quality-sun", user(password, Role.QUALITY, "office-1"));
        users.put("auditor-qian", user(password, Role.AUDITOR, "office-1"));
        users.put("viewer-zhou", user(password, Role.VIEWER, "office-1"));
        users.put("integrator", new UserEntry(password, Tokens.sha256(INTEGRATOR_TOKEN), Set.of(Role.INTEGRATOR),
                                              Set.of("office-1"), Set.of()));
        users.put("clerk-wang", user(password, Role.CLERK, "office-2"));
        return users;
    }

    private static UserEntry user(String password, Role role, String office) {
        return new UserEntry(password, null, Set.of(role), Set.of(office), Set.of());
    }
}
