package com.propcare.query.registry;

import com.propcare.events.registry.StaffHired;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.propcare.query.registry.RegistryDocuments.date;
import static com.propcare.query.registry.RegistryDocuments.instant;
import static com.propcare.query.registry.RegistryDocuments.localDate;
import static com.propcare.query.registry.RegistryDocuments.names;
import static com.propcare.query.registry.RegistryDocuments.strings;
import static com.propcare.query.registry.RegistryDocuments.text;
import static com.propcare.query.registry.RegistryDocuments.versionOf;

/**
 * A member of staff: office, department, roles, and whether they still work there ({@code leftOn} set when not).
 * Staff names are not residents' personal data and are shown as they are. {@code version} is the last applied
 * sequence number of the staff member's stream.
 */
public record StaffView(String id, String office, String name, String department, List<String> roles,
                        boolean active, LocalDate leftOn, Instant hiredAt, long version) {

    public StaffView {
        roles = List.copyOf(roles);
    }

    static StaffView hired(StaffHired event, long sequence) {
        return new StaffView(event.staffId().value(), event.officeId().value(), event.name(),
                             event.department().value(), names(event.roles()), true, null, event.hiredAt(), sequence);
    }

    StaffView withRoles(List<String> newRoles, long sequence) {
        return new StaffView(id, office, name, department, newRoles, active, leftOn, hiredAt, sequence);
    }

    StaffView inDepartment(String newDepartment, long sequence) {
        return new StaffView(id, office, name, newDepartment, roles, active, leftOn, hiredAt, sequence);
    }

    StaffView left(LocalDate date, long sequence) {
        return new StaffView(id, office, name, department, roles, false, date, hiredAt, sequence);
    }

    Document toDocument() {
        return new Document("_id", id)
                .append("office", office)
                .append("name", name)
                .append("department", department)
                .append("roles", roles)
                .append("active", active)
                .append("leftOn", text(leftOn))
                .append("hiredAt", date(hiredAt))
                .append("version", version);
    }

    /** Its entry in the office's staff list. */
    Document toEntry() {
        return toDocument().append("id", id);
    }

    static StaffView fromDocument(Document d) {
        return new StaffView(d.getString("_id"), d.getString("office"), d.getString("name"),
                             d.getString("department"), strings(d, "roles"), d.getBoolean("active", false),
                             localDate(d, "leftOn"), instant(d, "hiredAt"), versionOf(d));
    }

    static StaffView fromEntry(Document entry) {
        return fromDocument(new Document(entry).append("_id", entry.getString("id")));
    }
}
