package com.propcare.command.registry;

import com.propcare.command.registry.OfficeDirectory.OfficeEntry;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static com.propcare.command.registry.RegistryRefusalCodes.DATE_IN_THE_FUTURE;
import static com.propcare.command.registry.RegistryRefusalCodes.FIELD_REQUIRED;
import static com.propcare.command.registry.RegistryRefusalCodes.OFFICE_NOT_FOUND;

/** Checks the registry's aggregates share; each refusal names the field it is about. */
final class Registry {

    /**
     * The lookups the registry's aggregates consult are written by this processing group, which subscribes: its
     * handlers run in the unit of work of the command that applied the event, so the next command sees the change.
     */
    static final String LOOKUP_PROCESSING_GROUP = "registry-lookup";

    private Registry() {
    }

    /** Time and actor are stamped by the caller, never by the aggregate; both are part of every fact. */
    static void requireStamp(Instant at, StaffId by) {
        requirePresent("at", at);
        requirePresent("by", by);
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
    }

    static void requirePresent(String field, Object value) {
        if (value == null) {
            throw required(field);
        }
    }

    static DomainRefusal required(String field) {
        return DomainRefusal.unprocessable(FIELD_REQUIRED, field + " is required", Map.of("field", field));
    }

    /** The office a household or member of staff belongs to; an unknown office is a 404, not a broken rule. */
    static OfficeEntry office(OfficeDirectory offices, OfficeId office) {
        return offices.find(office).orElseThrow(() -> DomainRefusal.notFound(
                OFFICE_NOT_FOUND, "No office " + office + " is registered", Map.of("officeId", office.value())));
    }

    /** The day {@code at} falls on in the office; "not in the future" means not after it. */
    static LocalDate today(Instant at, ZoneId officeZone) {
        return at.atZone(officeZone).toLocalDate();
    }

    /** Refuses a date of something that happened when it lies after the office's today. */
    static void requireNotFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw DomainRefusal.unprocessable(DATE_IN_THE_FUTURE, field + " " + date + " is after today (" + today
                    + " in the office)", Map.of("field", field, "date", date.toString(), "today", today.toString()));
        }
    }

    /** A set of an enum in declaration order, so that the same set is always written the same way into the log. */
    static <E extends Enum<E>> SortedSet<E> sorted(Set<E> values) {
        return values == null ? new TreeSet<>() : new TreeSet<>(values);
    }
}
