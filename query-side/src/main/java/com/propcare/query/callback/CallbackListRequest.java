package com.propcare.query.callback;

import com.propcare.events.registry.StaffRole;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.Parameters;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /api/callbacks} as sent; blank counts as absent. {@code office} is
 * required. {@code status} is one of {@code pending}, {@code overdue}, {@code performed}, {@code cancelled} or
 * {@code open} (pending or overdue). {@code dueBefore} is an ISO instant (excluded) or an ISO date, meaning due
 * by the end of that day in the office's time zone.
 */
record CallbackListRequest(String office, String kind, String status, String role, String dueBefore, String page,
                           String size) {

    static final int DEFAULT_PAGE_SIZE = 20;
    private static final Map<String, Set<CallbackStatus>> STATUSES = Map.of(
            "pending", EnumSet.of(CallbackStatus.PENDING),
            "overdue", EnumSet.of(CallbackStatus.OVERDUE),
            "performed", EnumSet.of(CallbackStatus.PERFORMED),
            "cancelled", EnumSet.of(CallbackStatus.CANCELLED),
            "open", EnumSet.of(CallbackStatus.PENDING, CallbackStatus.OVERDUE));
    private static final String STATUS_RULE = "one of pending, overdue, performed, cancelled, open";
    private static final String DUE_BEFORE_RULE = "ISO date (2026-11-30) or instant (2026-11-30T08:00:00Z)";

    /** The query these parameters ask for; every parameter that cannot be read is reported at once. */
    FindCallbacks toQuery(ZoneId officeZone) {
        List<Violation> violations = new ArrayList<>();
        if (Parameters.isBlank(office)) {
            violations.add(new Violation("office", "required"));
        }
        Set<CallbackStatus> statuses = Set.of();
        if (!Parameters.isBlank(status)) {
            statuses = STATUSES.get(status.trim().toLowerCase(Locale.ROOT));
            if (statuses == null) {
                violations.add(new Violation("status", STATUS_RULE));
                statuses = Set.of();
            }
        }
        String roleFilter = role(violations);
        Instant before = dueBefore(officeZone, violations);
        int pageNumber = Parameters.integer("page", page, 0, 0, Integer.MAX_VALUE, violations);
        int pageSize = Parameters.integer("size", size, DEFAULT_PAGE_SIZE, 1, FindCallbacks.MAX_PAGE_SIZE,
                                          violations);
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        return new FindCallbacks(office.trim(), Parameters.isBlank(kind) ? null : kind.trim(), statuses,
                                 roleFilter, before, pageNumber, pageSize);
    }

    private String role(List<Violation> violations) {
        if (Parameters.isBlank(role)) {
            return null;
        }
        String name = role.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(StaffRole.values()).noneMatch(known -> known.name().equals(name))) {
            violations.add(new Violation("role", "one of " + Arrays.stream(StaffRole.values())
                                                                    .map(Enum::name)
                                                                    .collect(Collectors.joining(", "))));
            return null;
        }
        return name;
    }

    private Instant dueBefore(ZoneId officeZone, List<Violation> violations) {
        if (Parameters.isBlank(dueBefore)) {
            return null;
        }
        String trimmed = dueBefore.trim();
        try {
            return trimmed.contains("T") ? Instant.parse(trimmed)
                    : LocalDate.parse(trimmed).plusDays(1).atStartOfDay(officeZone).toInstant();
        } catch (DateTimeException e) {
            violations.add(new Violation("dueBefore", DUE_BEFORE_RULE));
            return null;
        }
    }
}
