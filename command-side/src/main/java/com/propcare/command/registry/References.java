package com.propcare.command.registry;

import com.propcare.command.registry.OfficeDirectory.OfficeEntry;
import com.propcare.command.registry.StaffDirectory.StaffEntry;
import com.propcare.command.support.DomainRefusal;
import com.propcare.events.DepartmentId;
import com.propcare.events.HouseholdId;
import com.propcare.events.OfficeId;
import com.propcare.events.StaffId;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The rule that what enters the log names only what exists: an office, a household, a department or a member of
 * staff named by a command must be registered, in that office, before anything is stored. Each check is one
 * exact-key lookup. A refusal is 422 with a stable code and the request field that named the unknown thing.
 */
@Component
public class References {

    /** The office is not registered (details: field, officeId). */
    public static final String OFFICE_UNKNOWN = "REFERENCE_OFFICE_UNKNOWN";
    /** No household of that id is registered in the office (details: field, householdId, officeId). */
    public static final String HOUSEHOLD_UNKNOWN = "REFERENCE_HOUSEHOLD_UNKNOWN";
    /** The office has no department of that id (details: field, departmentId, officeId). */
    public static final String DEPARTMENT_UNKNOWN = "REFERENCE_DEPARTMENT_UNKNOWN";
    /** Nobody of that id works at the office now: never hired there, or left (details: field, staffId, officeId). */
    public static final String STAFF_UNKNOWN = "REFERENCE_STAFF_UNKNOWN";
    /** The log holds no complaint, callback, visit … of that id in the office (details: field, id, kind, officeId).*/
    public static final String RECORD_UNKNOWN = "REFERENCE_RECORD_UNKNOWN";

    private final OfficeDirectory offices;
    private final StaffDirectory staff;
    private final HouseholdRegister households;
    private final LoggedAggregates aggregates;

    public References(OfficeDirectory offices, StaffDirectory staff, HouseholdRegister households,
                      LoggedAggregates aggregates) {
        this.offices = offices;
        this.staff = staff;
        this.households = households;
        this.aggregates = aggregates;
    }

    public OfficeEntry office(OfficeId office, String field) {
        return offices.find(office).orElseThrow(() -> refused(
                OFFICE_UNKNOWN, "No office " + office + " is registered", field, "officeId", office.value(), null));
    }

    public void household(OfficeId office, HouseholdId household, String field) {
        if (!households.officeOf(household).map(office::equals).orElse(false)) {
            throw refused(HOUSEHOLD_UNKNOWN, "No household " + household + " is registered in office " + office,
                          field, "householdId", household.value(), office);
        }
    }

    public void department(OfficeId office, DepartmentId department, String field) {
        if (!office(office, "officeId").departments().contains(department)) {
            throw refused(DEPARTMENT_UNKNOWN, "Office " + office + " has no department " + department, field,
                          "departmentId", department.value(), office);
        }
    }

    /** What the registry knows of a member of staff, for rules on their roles; empty for an unknown id. */
    public Optional<StaffEntry> staffMember(StaffId member) {
        return staff.find(member);
    }

    /** A member of staff who works at the office now. */
    public StaffEntry staff(OfficeId office, StaffId member, String field) {
        return staff.find(member).filter(entry -> entry.worksAt(office)).orElseThrow(() -> refused(
                STAFF_UNKNOWN, member + " does not work at office " + office, field, "staffId", member.value(),
                office));
    }

    /**
     * A record of the office in the log: a complaint, callback, visit … ({@code kind} is its aggregate type, e.g.
     * {@code Complaint}).
     */
    public void record(OfficeId office, String kind, String id, String field) {
        boolean known = aggregates.find(id).filter(owner -> owner.aggregateType().equals(kind))
                                  .filter(owner -> office.value().equals(owner.officeId())).isPresent();
        if (!known) {
            throw DomainRefusal.unprocessable(RECORD_UNKNOWN, "No " + kind.toLowerCase() + " " + id + " in office "
                    + office, Map.of("field", field, "id", id, "kind", kind, "officeId", office.value()));
        }
    }

    private static DomainRefusal refused(String code, String message, String field, String idName, String id,
                                         OfficeId office) {
        return DomainRefusal.unprocessable(code, message, office == null
                ? Map.of("field", field, idName, id)
                : Map.of("field", field, idName, id, "officeId", office.value()));
    }
}
