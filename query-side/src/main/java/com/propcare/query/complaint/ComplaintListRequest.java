package com.propcare.query.complaint;

import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.complaint.ComplaintCategory;
import com.propcare.query.support.InvalidParameters.Violation;
import com.propcare.query.support.InvalidParameters;
import com.propcare.query.support.Parameters;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /api/complaints} as sent, all optional; blank counts as absent. {@code number}
 * finds a complaint by the number its complainant was given (TS-2026-000009; numbers count per office and year);
 * {@code household} lists one household's complaints (a clerk checks for a repeat before registering).
 * {@code receivedFrom}/{@code receivedTo} take an ISO date (a whole day in the service's time zone, both ends
 * included) or an ISO instant ({@code receivedTo} then excluded).
 */
record ComplaintListRequest(String office, String number, String status, String category, String department,
                            String household, String receivedFrom, String receivedTo, String page, String size) {

    static final int DEFAULT_PAGE_SIZE = 20;
    private static final String DATE_RULE = "ISO date (2026-03-01) or instant (2026-03-01T08:00:00Z)";

    /** The query these parameters ask for; every parameter that cannot be read is reported at once. */
    FindComplaints toQuery(ZoneId zone) {
        List<Violation> violations = new ArrayList<>();
        ComplaintStatus statusFilter = enumValue("status", status, ComplaintStatus.class, violations);
        ComplaintCategory categoryFilter = enumValue("category", category, ComplaintCategory.class, violations);
        Instant from = instant("receivedFrom", receivedFrom, date -> date.atStartOfDay(zone).toInstant(), violations);
        Instant to = instant("receivedTo", receivedTo, date -> date.plusDays(1).atStartOfDay(zone).toInstant(),
                violations);
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new Violation("receivedTo", "after receivedFrom"));
        }
        int pageNumber = Parameters.integer("page", page, 0, 0, Integer.MAX_VALUE, violations);
        int pageSize = Parameters.integer("size", size, DEFAULT_PAGE_SIZE, 1, FindComplaints.MAX_PAGE_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        return new FindComplaints(Parameters.isBlank(office) ? null : new OfficeId(office.trim()),
                Parameters.isBlank(number) ? null : number.trim(), statusFilter, categoryFilter,
                Parameters.isBlank(department) ? null : new DepartmentId(department.trim()),
                Parameters.isBlank(household) ? null : new HouseholdId(household.trim()), from, to, pageNumber, pageSize);
    }

    private static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type,
                                                   List<Violation> violations) {
        if (Parameters.isBlank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static Instant instant(String field, String text, Function<LocalDate, Instant> dateToInstant,
                                   List<Violation> violations) {
        if (Parameters.isBlank(text)) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.contains("T") ? Instant.parse(trimmed) : dateToInstant.apply(LocalDate.parse(trimmed));
        } catch (DateTimeException e) {
            violations.add(new Violation(field, DATE_RULE));
            return null;
        }
    }
}
