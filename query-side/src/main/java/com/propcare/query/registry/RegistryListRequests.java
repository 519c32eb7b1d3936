package com.propcare.query.registry;

import com.propcare.events.registry.KeyResidentFlag;
import com.propcare.events.registry.StaffRole;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.Parameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The query parameters of the registry's lists as sent, all optional; blank counts as absent. */
final class RegistryListRequests {

    static final int DEFAULT_PAGE_SIZE = 50;

    private RegistryListRequests() {
    }

    /**
     * {@code GET /api/offices/{id}/households}: {@code occupied} true/false; {@code building} a building id;
     * {@code keyResident} true (any flag), false (none) or one flag; {@code page} from 0; {@code size} 1 to 500.
     */
    record Households(String occupied, String building, String keyResident, String page, String size) {

        FindHouseholds toQuery(String officeId) {
            List<Violation> violations = new ArrayList<>();
            Boolean occupiedFilter = bool("occupied", occupied, violations);
            Boolean anyFlag = null;
            String flag = null;
            if (!Parameters.isBlank(keyResident)) {
                String value = keyResident.trim();
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    anyFlag = Boolean.valueOf(value.toLowerCase(Locale.ROOT));
                } else if (Arrays.stream(KeyResidentFlag.values()).anyMatch(f -> f.name().equals(value))) {
                    flag = value;
                } else {
                    violations.add(new Violation("keyResident",
                                                 "true, false or one of " + names(KeyResidentFlag.class)));
                }
            }
            int pageNumber = Parameters.integer("page", page, 0, 0, Integer.MAX_VALUE, violations);
            int pageSize = Parameters.integer("size", size, DEFAULT_PAGE_SIZE, 1, FindHouseholds.MAX_PAGE_SIZE, violations);
            if (!violations.isEmpty()) {
                throw new InvalidParameters(violations);
            }
            return new FindHouseholds(officeId, occupiedFilter, Parameters.isBlank(building) ? null : building.trim(), anyFlag,
                                      flag, pageNumber, pageSize);
        }
    }

    /** {@code GET /api/offices/{id}/staff}: {@code role} one of the staff roles; {@code active} true/false. */
    record Staff(String role, String active) {

        FindStaff toQuery(String officeId) {
            List<Violation> violations = new ArrayList<>();
            String roleFilter = Parameters.isBlank(role) ? null : role.trim().toUpperCase(Locale.ROOT);
            if (roleFilter != null && Arrays.stream(StaffRole.values()).noneMatch(r -> r.name().equals(roleFilter))) {
                violations.add(new Violation("role", "one of " + names(StaffRole.class)));
            }
            Boolean activeFilter = bool("active", active, violations);
            if (!violations.isEmpty()) {
                throw new InvalidParameters(violations);
            }
            return new FindStaff(officeId, roleFilter, activeFilter);
        }
    }

    private static Boolean bool(String field, String text, List<Violation> violations) {
        if (Parameters.isBlank(text)) {
            return null;
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        violations.add(new Violation(field, "true or false"));
        return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
